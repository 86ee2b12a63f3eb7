/**
 * The two part-of-speech taggers, loaded on first use: jieba's dictionary takes ≈ 0.6 s to load and compromise's
 * lexicon ≈ 0.25 s, and most articles need only one of them (an English post never tags Chinese). compromise is
 * required as CommonJS: its ESM entry loads in more than twice the time. Chinese is tagged on its Simplified form
 * and read back as written (chineseWords).
 */
import { createRequire } from 'node:module'
import { add_word, tag } from 'jieba-wasm'
import { Converter } from 'opencc-js/t2cn'
import type nlpType from 'compromise'

let english: typeof nlpType | undefined
/** compromise's `nlp`. */
export function nlp(text: string): ReturnType<typeof nlpType> {
  english ??= createRequire(import.meta.url)('compromise') as typeof nlpType
  return english(text)
}

const extraWords = new Set<string>()
let dictionaryLoaded = false

/** Words jieba should cut whole; added before the first tagging, so every caller sees the same segmentation. */
export function addChineseWords(words: Iterable<string>): void {
  if (dictionaryLoaded) throw new Error('addChineseWords must run before the first chineseTags call')
  for (const word of words) extraWords.add(word)
}

/** jieba's words of `text` with their part-of-speech tags (HMM on, for names it does not know). */
export function chineseTags(text: string): { word: string, tag: string }[] {
  if (!dictionaryLoaded) {
    for (const word of extraWords) add_word(word)
    dictionaryLoaded = true
  }
  return tag(text, true)
}

/** Traditional Chinese as Simplified, character for character (jieba's dictionary and our word lists are Simplified). */
export const toSimplified = Converter({ from: 't', to: 'cn' })

/** A word of Chinese text with its tag, and where it stands in the text as written. */
export interface ChineseWord {
  /** As jieba cut and tagged it: Simplified, lower-cased for Latin. */
  key: string
  tag: string
  /** As the text writes it (Traditional stays Traditional). */
  written: string
  start: number
  end: number
}

/**
 * jieba's words of `text`, tagged on its Simplified form (jieba's dictionary is Simplified; OpenCC converts
 * character for character, so offsets line up) and given back as written.
 */
export function chineseWords(text: string): ChineseWord[] {
  const simplified = toSimplified(text)
  const source = simplified.length === text.length ? simplified : text
  const words: ChineseWord[] = []
  let offset = 0
  for (const { word, tag } of chineseTags(source)) {
    words.push({ key: word.toLowerCase(), tag, written: text.slice(offset, offset + word.length), start: offset, end: offset + word.length })
    offset += word.length
  }
  return words
}
