/**
 * Charts from the article's own numbers, only where the figures measure one thing: a table column of figures
 * (bars labelled by the rows), an enumeration in one sentence or one list (three or more figures of one kind and
 * unit with distinct labels: 「3纳米占20%，5纳米占32%，7纳米占17%」), or a change stated as from one figure to
 * another ("the margin fell from 30% to 18%"). Every bar carries its figure's verbatim text.
 */
import { BUDGET } from '../config.ts'
import { formatFigure } from '../figures/find.ts'
import { fitLabel } from '../figures/label.ts'
import { figuresIn } from './figures-in.ts'
import { splitSentences } from '../text.ts'
import type { PlanContext } from '../kinds/kind.ts'
import type { Bar, Block, Figure, Lang, Locale } from '../types.ts'
import { isCalloutWorthy } from './callouts.ts'

export interface ChartCandidate {
  bars: Bar[]
  /** What the bars measure: the table column's header or the sentence they come from. */
  caption: string
}

/** Three figures make an enumeration in prose; two could be a comparison of different things. */
const ENUMERATION = 3
const CHANGE = /^\s*(?:to|至|到|降至|升至|增至|减至|減至|跌至|涨至|漲至|降到|升到|增加到|减少到|減少到)\s*$/u

export function chartCandidates(blocks: Block[], { lang, locale, labels }: PlanContext): ChartCandidate[] {
  const charts: ChartCandidate[] = []
  for (const block of blocks) {
    if (block.kind === 'table') charts.push(...tableColumns(block, lang, locale))
    if (block.kind === 'list') {
      const figures = block.items.map(item => figuresIn(item, lang).filter(isCalloutWorthy)).filter(found => found.length === 1).flat()
      const bars = comparable(figures, 2, lang, locale)
      if (bars) charts.push({ bars, caption: '' })
    }
    if (block.kind === 'paragraph') {
      for (const sentence of splitSentences(block.text, lang)) {
        const figures = figuresIn(sentence, lang).filter(isCalloutWorthy)
        const enumeration = comparable(figures, ENUMERATION, lang, locale)
        if (enumeration) charts.push({ bars: enumeration, caption: sentence })
        else if (figures.length === 2 && sameMeasure(figures[0], figures[1]) && figures[0].value !== figures[1].value
          && CHANGE.test(sentence.slice(figures[0].index + figures[0].text.length, figures[1].index))) {
          charts.push({ bars: figures.map((f, i) => bar(f, i === 0 ? labels.before : labels.after, lang, locale)), caption: sentence })
        }
      }
    }
  }
  return charts
}

/** Each column after the first whose cells hold one figure each, of one measure, in two or more rows. */
function tableColumns(table: Extract<Block, { kind: 'table' }>, lang: Lang, locale: Locale): ChartCandidate[] {
  const charts: ChartCandidate[] = []
  for (let column = 1; column < table.header.length; column++) {
    const cells = table.rows.flatMap(row => {
      const found = figuresIn(row[column] ?? '', lang)
      return found.length === 1 && row[0]?.trim() ? [{ ...found[0], label: row[0].trim() }] : []
    })
    const bars = comparable(cells, 2, lang, locale)
    if (bars) charts.push({ bars, caption: table.header[column] })
  }
  return charts
}

/** The figures as bars when they share kind, currency and unit, with distinct labels and some spread. */
function comparable(figures: Figure[], minimum: number, lang: Lang, locale: Locale): Bar[] | undefined {
  if (figures.length < Math.max(minimum, BUDGET.bars.min) || !figures.every(f => sameMeasure(f, figures[0]))) return undefined
  if (new Set(figures.map(f => f.label)).size < figures.length || new Set(figures.map(f => f.value)).size < 2) return undefined
  return figures.slice(0, BUDGET.bars.max).map(f => bar(f, f.label, lang, locale))
}

function sameMeasure(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.unit === b.unit && (a.currency ?? '') === (b.currency ?? '')
}

function bar(figure: Figure, label: string, lang: Lang, locale: Locale): Bar {
  const { value, unit } = formatFigure(figure, lang, locale)
  return { label: fitLabel(label, BUDGET.barLabelColumns, lang), figure: figure.text, value: figure.value, shown: unit ? `${value} ${unit}` : value }
}
