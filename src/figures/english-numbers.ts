/**
 * Spelled-out English numbers: `a hundred and ten billion`, `twenty-five thousand`, `two-thirds`.
 * Values come from compromise (its numbers plugin is built in), which knows the grammar of English number
 * words (`and`, hyphens, `a hundred`, fractions); a hand-written parser would repeat it. compromise reads
 * whole sentences slowly, so only short runs of number words are handed to it, and only runs that can be
 * figures: ones with a scale word or a fraction. Pure: no I/O.
 */
import { nlp } from './language-tools.ts'

export interface SpelledNumber {
  start: number
  end: number
  value: number
  /** A fraction, read as a percent: `two-thirds` → 66.67. */
  fraction: boolean
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const SCALE = 'hundred|thousand|million|billion|trillion'
const CARDINAL = `(?:(?:${TENS})(?:-(?:${UNITS}))?|${UNITS}|${SCALE})`
/**
 * Words on either side of a run's scale word: `nine hundred and ninety-nine thousand nine hundred and ninety-nine`
 * needs six; the bound keeps a page of number words from becoming one run that compromise reads slowly.
 */
const MAX_WORDS = 6
const DENOMINATORS = 'thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths'

/**
 * A cardinal run ending in a scale word (`a hundred and ten billion`; never a bare `hundreds`, nor the
 * `billion` of `$10 billion`), or a fraction:
 * a numerator and a plural denominator (`two-thirds`, `three quarters`), `one-third`, or `a third of`.
 */
const SPELLED = new RegExp(String.raw`\b(?:`
  + String.raw`(?:an?\s+|${CARDINAL}[\s-]+(?:and\s+)?){1,${MAX_WORDS}}(?:${SCALE})\b(?:[\s-]+(?:and\s+)?${CARDINAL}\b){0,${MAX_WORDS}}(?!\s*-?\s*(?:${DENOMINATORS}))`
  + String.raw`|(?<fraction>(?:${UNITS})[\s-](?:${DENOMINATORS})|one-(?:third|quarter|fifth|tenth)|an?\s(?:third|quarter|fifth|tenth)(?=\s+of\b))`
  + String.raw`)`, 'gi')

/** Every spelled-out number in `text` that may be a figure, in order. */
export function spelledNumbers(text: string): SpelledNumber[] {
  const found: SpelledNumber[] = []
  for (const match of text.matchAll(SPELLED)) {
    const phrase = match[0]
    const fraction = match.groups?.fraction !== undefined
    const value = fraction ? fractionPercent(phrase) : cardinal(phrase)
    if (value === undefined || !Number.isFinite(value) || value === 0) continue
    found.push({ start: match.index, end: match.index + phrase.length, value, fraction })
  }
  return found
}

/** compromise tags a whole phrase to read it (about 0.5 ms): repeated phrases are read once. */
const readings = new Map<string, number | undefined>()

function memo(phrase: string, readPhrase: (lower: string) => number | undefined): number | undefined {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ')
  if (!readings.has(key)) readings.set(key, readPhrase(key))
  return readings.get(key)
}

function cardinal(phrase: string): number | undefined {
  return memo(phrase, lower => {
    const [value] = nlp(lower).numbers().get() as unknown[]
    return typeof value === 'number' ? value : undefined
  })
}

function fractionPercent(phrase: string): number | undefined {
  return memo(phrase, readFraction)
}

function readFraction(phrase: string): number | undefined {
  // `a third` alone reads as an ordinal; with a numerator word it reads as the fraction.
  const [fraction] = nlp(phrase.replace(/^an?\s/i, 'one ')).fractions().json() as { fraction?: { numerator: number, denominator: number } }[]
  const parts = fraction?.fraction
  return parts ? (100 * parts.numerator) / parts.denominator : undefined
}
