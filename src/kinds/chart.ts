/** Comparable figures of the article (same unit and kind) as bars, drawn by the layout as inline SVG. */
import { BUDGET, CONTENT_WIDTH, TYPE } from '../config.ts'
import { wrappedLines } from '../measure.ts'
import type { Bar } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const chart: SlideKindSpec<'chart', { title: string, bars: Bar[], caption: string, notes: string[] }> = {
  plan({ title, bars, caption, notes }, { lang }) {
    // A caption too long for its lines (a whole sentence) stays in the notes.
    const shownCaption = wrappedLines(caption, CONTENT_WIDTH, TYPE.label) <= BUDGET.captionLines ? caption : ''
    return { kind: 'chart', ...fitTitle(title, BUDGET.titleMaxLines.other, lang), bars: bars.slice(0, BUDGET.bars.max), caption: shownCaption, notes: cleanNotes([caption, ...notes]) }
  },
  render: (slide, shown) => ({
    props: { bars: slide.bars.map(bar => ({ ...bar, label: shown(bar.label) })), caption: shown(slide.caption) },
    body: [heading(slide.shownTitle, shown)],
  }),
}
