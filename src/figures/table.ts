/** Figures in a Markdown table, labelled by their row and column headers. Pure: no I/O. */
import { BUDGET } from '../config.ts'
import { displayWidth, normalizeSpace } from '../text.ts'
import type { Figure, Lang } from '../types.ts'
import { findFigures } from './find.ts'
import { fitLabel } from './label.ts'

export interface Table {
  header: string[]
  rows: string[][]
}

/**
 * Every figure in the table's body cells. A cell's label is its own row's first cell and its column's
 * header, `Cache hit rate (after)` / `缓存命中率（之后）`: never another row's. The first column names the
 * rows, so its cells are not searched. A cell of prose labels its figures itself.
 */
export function tableFigures(table: Table, lang: Lang): Figure[] {
  return table.rows.flatMap(row => {
    const rowName = normalizeSpace(row[0] ?? '')
    return row.slice(1).flatMap((cell, i) => {
      const column = normalizeSpace(table.header[i + 1] ?? '')
      const label = cellLabel(rowName, column, lang)
      const sentence = [rowName, column].filter(Boolean).join(' · ') + `: ${cell.trim()}`
      // A cell wider than any label holds prose: its figures are labelled from it, led by the row's name.
      if (displayWidth(cell) > BUDGET.labelColumns) return findFigures(cell, lang, rowName).map(figure => ({ ...figure, sentence }))
      return findFigures(cell, lang).map(figure => ({ ...figure, label: label || figure.label, sentence }))
    })
  })
}

function cellLabel(row: string, column: string, lang: Lang): string {
  if (!column) return fitLabel(row, BUDGET.labelColumns, lang)
  if (!row) return fitLabel(column, BUDGET.labelColumns, lang)
  // `After` reads as `(after)`; an acronym or a name (`Q3`, `GPU`) keeps its case.
  const qualifier = lang === 'zh' ? `（${column}）` : ` (${column.replace(/^[A-Z](?=[a-z])/, initial => initial.toLowerCase())})`
  const whole = `${row}${qualifier}`
  const fitted = fitLabel(whole, BUDGET.labelColumns, lang)
  // When both do not fit, the row (what is measured) is kept over the column.
  return fitted === whole ? whole : fitLabel(row, BUDGET.labelColumns, lang)
}
