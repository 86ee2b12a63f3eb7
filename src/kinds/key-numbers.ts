/** The strongest figures of the article, large: each figure appears as a callout once in the deck. */
import type { Callout } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const keyNumbers: SlideKindSpec<'key-numbers', { callouts: Callout[], notes: string[] }> = {
  plan({ callouts, notes }, { lang, labels }) {
    return { kind: 'key-numbers', ...fitTitle(labels.keyNumbers, 1, lang), callouts, notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({
    props: { callouts: slide.callouts.map(c => ({ ...c, label: shown(c.label) })) },
    body: [heading(slide.shownTitle, shown)],
  }),
}
