/** The agenda: the deck's section titles in order, for decks of several sections. */
import { BUDGET } from '../config.ts'
import { markdownText } from '../escape.ts'
import { truncateWords } from '../text.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const agenda: SlideKindSpec<'agenda', { items: string[] }> = {
  plan({ items }, { lang, labels }) {
    const shown = items.slice(0, BUDGET.agendaItems).map(item => truncateWords(item, BUDGET.wideLineColumns, lang))
    return { kind: 'agenda', ...fitTitle(labels.agenda, 1, lang), items: shown, notes: cleanNotes(items) }
  },
  render: (slide, shown) => ({
    props: {},
    body: [heading(slide.shownTitle, shown), slide.items.map((item, i) => `${i + 1}. ${markdownText(shown(item))}`).join('\n')],
  }),
}
