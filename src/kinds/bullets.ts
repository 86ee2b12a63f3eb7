/** Bullets as Markdown: a bold lead (a subheading) then the sentence, both escaped. */
import { markdownText } from '../escape.ts'
import type { Bullet } from '../types.ts'
import type { Shown } from './kind.ts'

export function bulletList(bullets: Bullet[], shown: Shown): string {
  return bullets.map(({ lead, text }) => `- ${lead ? `**${markdownText(shown(lead))}** ` : ''}${markdownText(shown(text))}`).join('\n')
}
