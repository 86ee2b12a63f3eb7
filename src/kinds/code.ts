/**
 * A code block of a technical post, highlighted by Slidev's own Shiki (escape.codeFence shows it literally). The
 * planner gives a slide only to blocks of at most BUDGET.codeLines lines. Lines are never wrapped (a wrapped line
 * reads as two): one wider than BUDGET.codeColumns is cut, ending in `…`, and the notes then hold the code whole.
 */
import { BUDGET } from '../config.ts'
import { codeFence } from '../escape.ts'
import { cutToWidth, displayWidth } from '../text.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

/** Tabs as the slide shows them, so widths can be counted. */
const TAB = '    '

export const code: SlideKindSpec<'code', { title: string, language: string, code: string }> = {
  plan({ title, language, code }, { lang }) {
    const lines = code.replace(/\t/g, TAB).split('\n')
    const shown = lines.map(line => displayWidth(line) > BUDGET.codeColumns ? `${cutToWidth(line, BUDGET.codeColumns - 1)}…` : line)
    const cut = shown.some((line, i) => line !== lines[i])
    return { kind: 'code', ...fitTitle(title, 1, lang), language, code: shown.join('\n'), notes: cut ? cleanNotes(lines) : [] }
  },
  render: (slide, shown) => ({ props: {}, body: [heading(slide.shownTitle, shown), codeFence(slide.code, slide.language)] }),
}
