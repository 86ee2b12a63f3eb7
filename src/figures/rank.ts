import type { Figure, FigureKind } from '../types.ts'

/** Which kinds make the strongest highlight: money and percentages first, bare numbers last. */
const KIND_ORDER: Record<FigureKind, number> = { money: 0, percent: 1, count: 2, multiple: 3, number: 4 }

/** Strongest figures first: by kind, then larger magnitude; repeats of (kind, value, currency) dropped. */
export function rankFigures(figures: Figure[]): Figure[] {
  const seen = new Set<string>()
  const unique = figures.filter(figure => {
    const key = `${figure.kind}|${figure.value}|${figure.currency ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Array.prototype.sort is stable, so ties keep their order of appearance.
  return unique.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || Math.abs(b.value) - Math.abs(a.value))
}
