/** A table of the article that fits a slide (its first rows and columns when larger; the handout has it whole). */
import { BUDGET } from '../config.ts'
import { markdownText } from '../escape.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const table: SlideKindSpec<'table', { title: string, header: string[], rows: string[][], notes: string[] }> = {
  plan({ title, header, rows, notes }, { lang }) {
    const columns = Math.min(BUDGET.tableColumns, Math.max(header.length, ...rows.map(row => row.length)))
    const cut = (row: string[]) => Array.from({ length: columns }, (_, i) => row[i] ?? '')
    return {
      kind: 'table',
      ...fitTitle(title, 1, lang),
      header: cut(header),
      rows: rows.slice(0, BUDGET.tableRows).map(cut),
      notes: cleanNotes(notes),
    }
  },
  render: (slide, shown) => ({ props: {}, body: [heading(slide.shownTitle, shown), markdownTable(slide.header.map(shown), slide.rows.map(row => row.map(shown)))] }),
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell => markdownText(cell) || ' ').join(' | ')} |`
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n')
}
