/**
 * Figures as callouts, once per deck: a ledger of the figures already shown, keyed by what they are (kind,
 * value, currency, unit), so the key-numbers slide and each section's callout never repeat a number.
 */
import { BUDGET, HYPOTHETICAL, TOTAL } from '../config.ts'
import { formatFigure } from '../figures/find.ts'
import { readsAsMetric } from '../figures/label-shape.ts'
import { displayWidth, truncateWords } from '../text.ts'
import type { Callout, Figure, FigureKind, Lang, Locale } from '../types.ts'

/** Which kinds make the strongest callout: money and shares first, bare numbers last. */
const KIND_WEIGHT: Record<FigureKind, number> = { money: 3, percent: 2, multiple: 2, count: 1, number: 0 }

export function figureKey(figure: Figure): string {
  return `${figure.kind}|${figure.value}|${figure.currency ?? ''}|${figure.unit}`
}

/** A figure worth a callout: a label that reads as what it measures, not a bare small number, not an example. */
export function isCalloutWorthy(figure: Figure): boolean {
  return (figure.kind !== 'number' || Math.abs(figure.value) >= 10_000) && !HYPOTHETICAL.test(figure.sentence) && readsAsMetric(figure.label, figure.sentence)
}

/**
 * Figures strongest first: how often the article states them, whether the lede or highlights do, whether they
 * are a total (a table's `Total Income` row), their kind, then magnitude within a kind. Repeats of one figure
 * count towards it and appear once.
 */
export function rankByWeight(figures: Figure[], prominent: Set<string> = new Set()): Figure[] {
  const byKey = new Map<string, { figure: Figure, count: number, first: number }>()
  figures.forEach((figure, first) => {
    const key = figureKey(figure)
    const entry = byKey.get(key)
    if (!entry) byKey.set(key, { figure, count: 1, first })
    else {
      entry.count++
      // The mention whose label says what the figure measures stands for all of them.
      if (!isCalloutWorthy(entry.figure) && isCalloutWorthy(figure)) entry.figure = figure
    }
  })
  const weight = ({ figure, count }: { figure: Figure, count: number }) =>
    KIND_WEIGHT[figure.kind] + Math.min(3, count - 1) + (prominent.has(figureKey(figure)) ? 3 : 0) + (TOTAL.test(figure.label) ? 2 : 0)
  return [...byKey.values()]
    .sort((a, b) => weight(b) - weight(a) || (a.figure.kind === b.figure.kind ? Math.abs(b.figure.value) - Math.abs(a.figure.value) : 0) || a.first - b.first)
    .map(entry => entry.figure)
}

export class CalloutLedger {
  private readonly used = new Set<string>()
  /** Every figure taken, in the order the deck shows them. */
  readonly shown: Figure[] = []
  /** Every figure the deck has shown so far, as a callout or in a bullet. */
  readonly mentioned = new Set<string>()

  /** Up to `count` figures not yet shown, with distinct labels and numbers that fit `columns`; `use` marks them shown. */
  pick(ranked: Figure[], count: number, columns: number, lang: Lang): Figure[] {
    const picked: Figure[] = []
    const labels = new Set<string>()
    for (const figure of ranked) {
      if (picked.length >= count) break
      if (!isCalloutWorthy(figure) || this.used.has(figureKey(figure)) || labels.has(figure.label)) continue
      if (displayWidth(formatFigure(figure, lang).value) > columns) continue
      picked.push(figure)
      labels.add(figure.label)
    }
    return picked
  }

  use(figures: Figure[]): void {
    for (const figure of figures) {
      this.used.add(figureKey(figure))
      this.shown.push(figure)
    }
    this.mention(figures)
  }

  mention(figures: Figure[]): void {
    for (const figure of figures) this.mentioned.add(figureKey(figure))
  }
}

export function toCallout(figure: Figure, lang: Lang, locale: Locale): Callout {
  const { value, unit } = formatFigure(figure, lang, locale)
  return { figure: figure.text, value, unit, label: truncateWords(figure.label, BUDGET.labelColumns, lang) }
}
