/** The article's own highlights list, as whole sentences. */
import type { Bullet } from '../types.ts'
import { bulletList } from './bullets.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const highlights: SlideKindSpec<'highlights', { bullets: Bullet[], notes: string[] }> = {
  plan({ bullets, notes }, { lang, labels }) {
    return { kind: 'highlights', ...fitTitle(labels.highlights, 1, lang), bullets, notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({ props: {}, body: [heading(slide.shownTitle, shown), bulletList(slide.bullets, shown)] }),
}
