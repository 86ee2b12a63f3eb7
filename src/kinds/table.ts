/**
 * A table of the article on a slide, at body type: at most BUDGET.tableColumns columns and BUDGET.tableRows rows in
 * BUDGET.tableHeight. A larger table shows its rows with the most figures (first rows first), in their order, and
 * says it is an excerpt; cells over BUDGET.tableCellLines lines are shortened. The notes, and so the handout, hold
 * the table whole, a row per paragraph.
 */
import { BUDGET, TABLE_CELL, TYPE } from '../config.ts'
import { markdownText } from '../escape.ts'
import { findFigures } from '../figures/find.ts'
import { textWidth, wrappedLines } from '../measure.ts'
import { displayWidth, truncateWords } from '../text.ts'
import type { Lang } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const table: SlideKindSpec<'table', { title: string, header: string[], rows: string[][] }> = {
  plan({ title, header, rows }, { lang, labels }) {
    const allColumns = Math.max(header.length, ...rows.map(row => row.length))
    const count = Math.min(BUDGET.tableColumns, allColumns)
    const widths = columnWidths([header, ...rows], count)
    const fit = (row: string[], bold = false) => widths.map((width, i) => fitCell(row[i] ?? '', width, lang, bold))
    const shownHeader = fit(header, true)
    let height = rowHeight(shownHeader, widths, true) + TABLE_CELL.headerRule
    const chosen: { index: number, cells: string[] }[] = []
    const ranked = rows.map((row, index) => ({ index, row, figures: figureCells(row, lang) })).sort((a, b) => b.figures - a.figures || a.index - b.index)
    const oneLine = rowHeight([''], [1], false) + TABLE_CELL.rule
    for (const { index, row } of ranked) {
      if (chosen.length >= BUDGET.tableRows || height + oneLine > BUDGET.tableHeight) break
      const cells = fit(row)
      const rowPx = rowHeight(cells, widths, false) + TABLE_CELL.rule
      if (height + rowPx > BUDGET.tableHeight) continue
      chosen.push({ index, cells })
      height += rowPx
    }
    chosen.sort((a, b) => a.index - b.index)
    const excerpt = chosen.length < rows.length || count < allColumns ? labels.tableExcerpt(chosen.length, rows.length, count, allColumns) : undefined
    return {
      kind: 'table',
      ...fitTitle(title, 1, lang),
      header: shownHeader,
      rows: chosen.map(row => row.cells),
      widths: percentages(widths),
      ...(excerpt ? { excerpt } : {}),
      notes: cleanNotes([header, ...rows].map(row => row.join(' | '))),
    }
  },
  render: (slide, shown) => ({
    props: { widths: slide.widths, ...(slide.excerpt ? { excerpt: shown(slide.excerpt) } : {}) },
    body: [heading(slide.shownTitle, shown), markdownTable(slide.header.map(shown), slide.rows.map(row => row.map(shown)))],
  }),
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell => markdownText(cell) || ' ').join(' | ')} |`
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n')
}

/** Cells of the row (but the first, which names it) that hold a figure. */
function figureCells(row: string[], lang: Lang): number {
  return row.slice(1).filter(cell => findFigures(cell, lang).length > 0).length
}

/** Text width in px each table column gets (`rows`: header first): narrow columns what their widest cell needs, wide ones an equal share of the rest. */
function columnWidths(rows: string[][], count: number): number[] {
  let left = BUDGET.tableWidth - count * 2 * TABLE_CELL.padX
  // The header may wrap between words (one line more, once); a pixel or two spare, as the layout's percentages are rounded down.
  const [header, ...body] = rows
  const needs = Array.from({ length: count }, (_, i) => 2 + Math.max(
    ...(header[i] ?? '').split(/\s+/).map(word => textWidth(word, TYPE.body, true)),
    ...body.map(row => textWidth(row[i] ?? '', TYPE.body)),
  ))
  const widths = new Array<number>(count)
  const narrowFirst = needs.map((need, i) => ({ need, i })).sort((a, b) => a.need - b.need)
  narrowFirst.forEach(({ need, i }, k) => {
    widths[i] = Math.min(need, left / (count - k))
    left -= widths[i]
  })
  // What the narrow columns leave goes to the widest.
  widths[narrowFirst[count - 1].i] += left
  return widths
}

/** Column widths in percent of the table, padding included, rounded down to a tenth. */
function percentages(columns: number[]): number[] {
  return columns.map(width => Math.floor((width + 2 * TABLE_CELL.padX) / BUDGET.tableWidth * 1000) / 10)
}

/** A cell shortened to BUDGET.tableCellLines lines of its column. */
function fitCell(cell: string, width: number, lang: Lang, bold: boolean): string {
  const whole = cell.trim()
  let text = whole
  for (let columns = displayWidth(whole); wrappedLines(text, width, TYPE.body, bold) > BUDGET.tableCellLines; columns = Math.floor(columns * 0.85)) {
    text = truncateWords(whole, Math.max(2, columns), lang)
  }
  return text
}

function rowHeight(cells: string[], widths: number[], bold: boolean): number {
  const lines = Math.max(1, ...cells.map((cell, i) => wrappedLines(cell, widths[i], TYPE.body, bold)))
  return lines * TYPE.body * TABLE_CELL.lineHeight + 2 * TABLE_CELL.padY
}

