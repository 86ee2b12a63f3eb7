import { segments, wordSegmenters } from '../text.ts'
import type { Lang } from '../types.ts'

/** A half-open range of offsets into the searched text. */
export interface Span {
  start: number
  end: number
}

interface Word extends Span {
  text: string
  isWordLike: boolean
}

/** Display columns a label may take: ~8 CJK characters or ~32 Latin ones. */
const MAX_COLUMNS: Record<Lang, number> = { zh: 16, en: 32 }

/** Words that say nothing about what is measured ("over", "约", …); only trimmed at the label's edges. */
const FILLERS: Record<Lang, Set<string>> = {
  zh: new Set(('超过 超 约 约为 大约 近 将近 接近 逾 达 达到 高达 多达 了 的 地 得 仅 仅仅 只 只有 仅有 就 为 是 有 '
    + '在 至 到 共 总共 甚至 可能 也 都 已 已经 还 更 和 与 及 或 直接 不到 不足').split(' ')),
  en: new Set(('over about around roughly nearly almost approximately some more less than fewer up down by to of '
    + 'the a an at just only as much many is was were are be been for with and or in on from its their '
    + 'his her has had have it that this').split(' ')),
}

/** Punctuation that ends a clause: a label never reaches across it. */
const CLAUSE_BREAK = /[，,。．.！!？?；;：:、（）()【】[\]「」『』“”"—]/

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/** Splits a sentence of `text` into words with absolute offsets. */
export function segmentWords(text: string, sentence: Span, lang: Lang): Word[] {
  return Array.from(segments(wordSegmenters[lang], text.slice(sentence.start, sentence.end)), ({ segment, index, isWordLike }) => ({
    text: segment,
    start: sentence.start + index,
    end: sentence.start + index + segment.length,
    isWordLike: isWordLike ?? false,
  }))
}

/** `text` if it fits `columns`, else its leading whole words that do (fillers trimmed); never cut inside a word. */
export function fitLabel(text: string, columns: number, lang: Lang): string {
  if (columnsOf(text) <= columns) return text
  const words = segmentWords(text, { start: 0, end: text.length }, lang)
  let end = 0
  for (const word of words) {
    if (columnsOf(text.slice(0, word.end).trim()) > columns) break
    if (word.isWordLike && !FILLERS[lang].has(word.text.toLowerCase())) end = word.end
  }
  return text.slice(0, end).trim()
}

/** Labels for the figures of one sentence, in order; a figure with no words of its own shares the previous label. */
export function labelFigures(text: string, sentence: Span, figures: Span[], lang: Lang): string[] {
  const words = segmentWords(text, sentence, lang)
  let previous = ''
  return figures.map((figure, i) => {
    const others = [figures[i - 1], figures[i + 1]].filter(other => other !== undefined)
    previous = labelFor(text, words, figure, others, lang) || previous
    return previous
  })
}

/**
 * A short phrase next to `figure` saying what it measures: the words just before it, else just
 * after it, never crossing a clause break or another figure (`others`) and never cutting a word.
 */
export function labelFor(text: string, words: Word[], figure: Span, others: Span[], lang: Lang): string {
  const isStop = (word: Word) => (!word.isWordLike && CLAUSE_BREAK.test(word.text)) || others.some(other => overlaps(word, other))
  // A label is a few words long: only a window of words on each side can matter, which keeps a
  // sentence with thousands of figures linear.
  const first = firstWordFrom(words, figure.start)
  const before = words.slice(Math.max(0, first - LABEL_WINDOW), first).filter(word => word.end <= figure.start).reverse()
  const after = words.slice(first, first + LABEL_WINDOW + 8).filter(word => word.start >= figure.end)
  return pickPhrase(text, takeUntil(before, isStop), lang, 'backward')
    || pickPhrase(text, takeUntil(after, isStop), lang, 'forward')
}

/** Words looked at on each side of a figure: more than any label of MAX_COLUMNS can hold. */
const LABEL_WINDOW = 40

/** Index of the first word starting at or after `offset` (words are in text order). */
function firstWordFrom(words: Word[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid].start < offset) low = mid + 1
    else high = mid
  }
  return low
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function takeUntil(words: Word[], isStop: (word: Word) => boolean): Word[] {
  const stop = words.findIndex(isStop)
  return stop === -1 ? words : words.slice(0, stop)
}

/** Words nearest the figure first; grows the phrase outward while it fits, fillers trimmed at both ends. */
function pickPhrase(text: string, nearestFirst: Word[], lang: Lang, direction: 'backward' | 'forward'): string {
  const content = nearestFirst.filter(word => word.isWordLike)
  const isFiller = (word: Word) => FILLERS[lang].has(word.text.toLowerCase())
  const firstKept = content.findIndex(word => !isFiller(word))
  if (firstKept === -1) return ''
  const near = content[firstKept]
  const picked = [near]
  for (const word of content.slice(firstKept + 1)) {
    if (columnsOf(phrase(text, near, word, direction)) > MAX_COLUMNS[lang]) break
    picked.push(word)
  }
  while (isFiller(picked[picked.length - 1])) picked.pop()
  return phrase(text, near, picked[picked.length - 1], direction)
}

function phrase(text: string, near: Word, far: Word, direction: 'backward' | 'forward'): string {
  return direction === 'backward' ? text.slice(far.start, near.end) : text.slice(near.start, far.end)
}

function columnsOf(phrase: string): number {
  let total = 0
  for (const char of phrase) total += WIDE.test(char) ? 2 : 1
  return total
}
