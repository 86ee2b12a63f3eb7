/**
 * Charts from the article's own numbers: two or more figures of one kind and unit stated together (in one
 * sentence, one list, or one table column) with distinct labels. Figures that measure different things are
 * never charted together: they must share kind, currency and unit, and come from one statement or column.
 */
import { BUDGET } from '../config.ts'
import { findFigures, formatFigure } from '../figures/find.ts'
import { splitSentences } from '../text.ts'
import type { Bar, Block, Figure, Lang } from '../types.ts'
import { isCalloutWorthy } from './callouts.ts'

export interface ChartCandidate {
  bars: Bar[]
  /** The sentence or table header the figures come from, for the caption and notes. */
  caption: string
}

export function chartCandidates(blocks: Block[], lang: Lang): ChartCandidate[] {
  const groups: { figures: Figure[], caption: string }[] = []
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const sentence of splitSentences(block.text, lang)) groups.push({ figures: findFigures(sentence, lang), caption: sentence })
    }
    if (block.kind === 'list') groups.push({ figures: block.items.flatMap(item => findFigures(item, lang)), caption: '' })
  }
  return groups.flatMap(({ figures, caption }) => comparable(figures, lang).map(bars => ({ bars, caption })))
}

/** Runs of figures that share kind, currency and unit, with distinct labels and values, as bars. */
function comparable(figures: Figure[], lang: Lang): Bar[][] {
  const byMeasure = new Map<string, Figure[]>()
  for (const figure of figures.filter(isCalloutWorthy)) {
    const key = `${figure.kind}|${figure.currency ?? ''}|${figure.unit}`
    byMeasure.set(key, [...byMeasure.get(key) ?? [], figure])
  }
  const charts: Bar[][] = []
  for (const group of byMeasure.values()) {
    const labels = new Set(group.map(f => f.label))
    const values = new Set(group.map(f => f.value))
    if (group.length < BUDGET.bars.min || labels.size < group.length || values.size < 2) continue
    charts.push(group.slice(0, BUDGET.bars.max).map(f => {
      const { value, unit } = formatFigure(f, lang)
      return { label: f.label, figure: f.text, value: f.value, shown: unit ? `${value} ${unit}` : value }
    }))
  }
  return charts
}
