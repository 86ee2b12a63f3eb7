/** Text measures shared by the stages: sentences, words and display width. */
import stringWidth from 'string-width'
import { ABBREVIATION_END } from './config.ts'
import type { Lang } from './types.ts'

export const sentenceSegmenters: Record<Lang, Intl.Segmenter> = {
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
}
export const wordSegmenters: Record<Lang, Intl.Segmenter> = {
  zh: new Intl.Segmenter('zh', { granularity: 'word' }),
  en: new Intl.Segmenter('en', { granularity: 'word' }),
}

/**
 * Node 20's ICU segmenter gets slower per segment as the string grows (40,000 CJK characters: 0.3 s,
 * quadratic beyond), so long text is segmented in chunks of at most this many code units.
 */
const SEGMENT_CHUNK = 4_000
const CHUNK_BREAK = /[。！？!?.\n][^。！？!?.\n]*$|\s\S*$/

/** Intl.Segmenter's segments of `text` with offsets into `text`, computed chunk by chunk. */
export function* segments(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  let offset = 0
  while (offset < text.length) {
    const end = chunkEnd(text, offset)
    for (const data of segmenter.segment(text.slice(offset, end))) yield { ...data, index: data.index + offset, input: text }
    offset = end
  }
}

/** Where the chunk from `offset` ends: after its last sentence end or space, else at the size limit. */
function chunkEnd(text: string, offset: number): number {
  if (text.length - offset <= SEGMENT_CHUNK) return text.length
  let end = offset + SEGMENT_CHUNK
  const cut = CHUNK_BREAK.exec(text.slice(offset, end))
  if (cut && cut.index > 0) end = offset + cut.index + 1
  // Never between the two halves of a surrogate pair.
  return /[\uD800-\uDBFF]/.test(text[end - 1]) ? end + 1 : end
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
  const sentences: string[] = []
  for (const { segment } of segments(sentenceSegmenters[lang], text)) {
    const sentence = segment.trim()
    if (!sentence) continue
    if (sentences.length > 0 && ABBREVIATION_END.test(sentences[sentences.length - 1])) sentences[sentences.length - 1] += ` ${sentence}`
    else sentences.push(sentence)
  }
  return sentences
}

export function splitWords(text: string, lang: Lang): string[] {
  return Array.from(segments(wordSegmenters[lang], text), s => s.segment)
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

/** The leading characters of `text` that fit `columns` display columns (cut anywhere, even inside a word). */
export function cutToWidth(text: string, columns: number): string {
  let out = ''
  let used = 0
  for (const char of text) {
    used += displayWidth(char)
    if (used > columns) break
    out += char
  }
  return out
}

/** Sentences set back together: Chinese runs on, other scripts take a space. */
export function joinSentences(sentences: string[], lang: Lang): string {
  return sentences.join(lang === 'zh' ? '' : ' ')
}

/** The longest run of `sentences` from the first that `fits`, joined; '' when not even the first does. */
export function leadingRun(sentences: string[], lang: Lang, fits: (text: string) => boolean): string {
  let kept = ''
  for (let end = 1; end <= sentences.length; end++) {
    const next = joinSentences(sentences.slice(0, end), lang)
    if (!fits(next)) break
    kept = next
  }
  return kept
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
  return joinSentences(kept, lang)
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
