/** Text measures shared by the stages: sentences, words and display width. */
import stringWidth from 'string-width'
import type { Lang } from './types.ts'

const sentenceSegmenters = {
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
}
const wordSegmenters = {
  zh: new Intl.Segmenter('zh', { granularity: 'word' }),
  en: new Intl.Segmenter('en', { granularity: 'word' }),
}

/**
 * Text made only of printable ASCII and Latin-1, dashes, curly quotes, and CJK ideographs, kana, CJK
 * punctuation and full-width forms: the bulk of our articles. Its width is counted here directly (a deliberate
 * hand-written fast path: string-width's per-character emoji and grapheme checks dominated a profile).
 */
const SIMPLE_TEXT = /^[\x20-\x7E\u00A1-\u00AC\u00AE-\u00FF\u2013\u2014\u2018-\u201D\u2026\u3000-\u3029\u302E-\u303E\u3041-\u3096\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF60]*$/
const NARROW = /[\x20-\x7E\u00A1-\u00AC\u00AE-\u00FF\u2013\u2014\u2018-\u201D\u2026]/g

/** Columns a string takes on screen: a CJK character counts two, a Latin one. */
export function displayWidth(text: string): number {
  if (!SIMPLE_TEXT.test(text)) return stringWidth(text)
  const narrow = countMatches(text, NARROW)
  return narrow + 2 * (text.length - narrow)
}

export function splitSentences(text: string, lang: Lang): string[] {
  return Array.from(sentenceSegmenters[lang].segment(text), s => s.segment.trim()).filter(Boolean)
}

export function splitWords(text: string, lang: Lang): string[] {
  return Array.from(wordSegmenters[lang].segment(text), s => s.segment)
}

/** Collapses runs of white space (line ends included) into one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Cuts `text` to at most `columns` display columns at a word boundary, adding an ellipsis.
 * A single word longer than the budget (a URL, a run of CJK without punctuation) is cut inside it.
 */
export function truncateWords(text: string, columns: number, lang: Lang): string {
  if (displayWidth(text) <= columns) return text
  const budget = columns - 1
  let out = ''
  let used = 0
  for (const word of splitWords(text, lang)) {
    const width = displayWidth(word)
    if (used + width > budget) {
      if (out.trim() === '' || lang === 'zh') out += cutToWidth(word, budget - used)
      break
    }
    out += word
    used += width
  }
  return `${out.trimEnd()}…`
}

function cutToWidth(text: string, columns: number): string {
  let out = ''
  let used = 0
  for (const char of text) {
    used += displayWidth(char)
    if (used > columns) break
    out += char
  }
  return out
}

/**
 * Takes whole sentences from the start of `text` while they fit `columns`.
 * Returns the kept sentences; the first sentence is shortened when even it does not fit.
 */
export function leadingSentences(text: string, columns: number, lang: Lang): string {
  const kept: string[] = []
  let used = 0
  for (const sentence of splitSentences(text, lang)) {
    const width = displayWidth(sentence)
    if (used + width > columns) break
    kept.push(sentence)
    used += width
  }
  if (kept.length === 0) return truncateWords(text, columns, lang)
  return kept.join(lang === 'zh' ? '' : ' ')
}

/** How many times `pattern` (global) matches in `text`, without building an array of the matches. */
export function countMatches(text: string, pattern: RegExp): number {
  let count = 0
  pattern.lastIndex = 0
  while (pattern.exec(text)) count++
  return count
}

/** Enough text to tell the script of an article; more only costs time. */
const LANG_SAMPLE = 50_000

/** `zh` when Han characters make up a tenth or more of the letters in the article's opening text. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, LANG_SAMPLE)
  const han = countMatches(sample, /\p{Script=Han}/gu)
  const letters = countMatches(sample, /\p{L}/gu)
  return letters > 0 && han / letters >= 0.1 ? 'zh' : 'en'
}
