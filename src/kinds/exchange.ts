/** A question and its answer (or one strong turn) from the article's dialogue, attributed with speaker and role. */
import { BUDGET } from '../config.ts'
import type { QuotedTurn } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const exchange: SlideKindSpec<'exchange', { title: string, turns: QuotedTurn[], notes: string[] }> = {
  plan({ title, turns, notes }, { lang }) {
    return { kind: 'exchange', ...fitTitle(title, BUDGET.titleMaxLines.other, lang), turns, notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({
    props: { turns: slide.turns.map(turn => ({ ...turn, text: shown(turn.text), ...(turn.role ? { role: shown(turn.role) } : {}) })) },
    body: [heading(slide.shownTitle, shown)],
  }),
}
