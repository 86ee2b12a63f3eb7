/**
 * The two part-of-speech taggers, loaded on first use: jieba's dictionary takes ≈ 0.6 s to load and compromise's
 * lexicon ≈ 0.25 s, and most articles need only one of them (an English post never tags Chinese). compromise is
 * required as CommonJS: its ESM entry loads in more than twice the time.
 */
import { createRequire } from 'node:module'
import { add_word, tag } from 'jieba-wasm'
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
