/** A question and its answer (or one strong turn) from the article's dialogue, attributed with speaker and role. */
import type { QuotedTurn } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const exchange: SlideKindSpec<'exchange', { title: string, turns: QuotedTurn[], notes: string[] }> = {
  plan({ title, turns, notes }, { lang }) {
    return { kind: 'exchange', ...fitTitle(title, 1, lang), turns, notes: cleanNotes(notes) }
  },
  render: slide => ({ props: { turns: slide.turns }, body: [heading(slide.shownTitle)] }),
}
