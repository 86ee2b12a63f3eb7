/**
 * The planner reads the same text for figures several times (sections, charts, bullets, key numbers,
 * takeaways): one scan per text, remembered for the deck being planned.
 */
import { findFigures } from '../figures/find.ts'
import type { Figure, Lang } from '../types.ts'

/** Entries kept: more than a deck's paragraphs and sentences, small next to the text itself. */
const CAPACITY = 20_000
const scanned = new Map<string, Figure[]>()

export function figuresIn(text: string, lang: Lang): Figure[] {
  const key = `${lang}\u0000${text}`
  let figures = scanned.get(key)
  if (!figures) {
    if (scanned.size >= CAPACITY) scanned.clear()
    scanned.set(key, figures = findFigures(text, lang))
  }
  return figures
}
