/** Bullets as Markdown: a bold lead (a subheading) then the sentence, both escaped. */
import { markdownText } from '../escape.ts'
import type { Bullet } from '../types.ts'

export function bulletList(bullets: Bullet[]): string {
  return bullets.map(({ lead, text }) => `- ${lead ? `**${markdownText(lead)}** ` : ''}${markdownText(text)}`).join('\n')
}
