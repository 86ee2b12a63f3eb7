/** Comparable figures of the article (same unit and kind) as bars, drawn by the layout as inline SVG. */
import { BUDGET } from '../config.ts'
import type { Bar } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const chart: SlideKindSpec<'chart', { title: string, bars: Bar[], caption: string, notes: string[] }> = {
  plan({ title, bars, caption, notes }, { lang }) {
    return { kind: 'chart', ...fitTitle(title, BUDGET.titleMaxLines.other, lang), bars, caption, notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({
    props: { bars: slide.bars.map(bar => ({ ...bar, label: shown(bar.label) })), caption: shown(slide.caption) },
    body: [heading(slide.shownTitle, shown)],
  }),
}
