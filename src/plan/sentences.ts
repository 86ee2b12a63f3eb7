/**
 * Choosing what a slide says: the sentences of a text ranked by what they carry (figures, named things, the
 * article's key terms, position), trimmed of leading connectives, and the best few that fit kept in the
 * article's order. A bullet is a whole sentence, or a whole leading clause of one; never cut with "…".
 */
import { ANAPHORA, BUDGET, CONNECTIVES, POINTER_CLAUSE, TYPE } from '../config.ts'
import { wrappedLines } from '../measure.ts'
import { figuresIn } from './figures-in.ts'
import { displayWidth, segments, splitSentences, wordSegmenters } from '../text.ts'
import type { Figure, Lang } from '../types.ts'

/** One sentence of a section, ready to be a bullet. */
export interface Candidate {
  /** What the slide shows: the sentence without its leading connective, or its leading clauses. */
  text: string
  /** Order within the section. */
  position: number
  /** The subheading the sentence falls under, if any. */
  lead?: string
  score: number
  figures: Figure[]
}

/** Word weights over the article: how much a word says about one section rather than all of them (TF-IDF). */
export interface TermWeights {
  weight: Map<string, number>
  /** In how many of the sections a word occurs, and how many sections there are. */
  documentFrequency: Map<string, number>
  documents: number
  /** The sections' text, lower-cased: names are counted in it directly (the segmenter splits some names). */
  lowered: string[]
}

export function termWeights(documents: string[], lang: Lang): TermWeights {
  const perDocument = documents.map(text => contentWords(text, lang))
  const documentFrequency = new Map<string, number>()
  const counts = new Map<string, number>()
  for (const words of perDocument) {
    for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1)
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const weight = new Map<string, number>()
  for (const [word, count] of counts) weight.set(word, Math.log1p(count) * Math.log(1 + documents.length / (documentFrequency.get(word) ?? 1)))
  return { weight, documentFrequency, documents: documents.length, lowered: documents.map(text => text.toLowerCase()) }
}

export const EN_STOPWORDS = new Set(('the a an and or but of to in on at for with from by as is are was were be been being it its this that these those '
  + 'he she they we you i his her their our your my me him them us not no so if then than there here what which who whom whose '
  + 'when where why how all any some more most other such only own same too very can will just should would could do does did '
  + 'have has had about into over after before also said says say like one two').split(' '))

/** Words that can carry meaning: Chinese words of two or more characters, Latin words not on the stop list. */
function contentWords(text: string, lang: Lang): string[] {
  const words: string[] = []
  for (const { segment, isWordLike } of segments(wordSegmenters[lang], text)) {
    if (!isWordLike) continue
    const word = segment.toLowerCase()
    if (/^\p{Script=Han}+$/u.test(word) ? word.length >= 2 : word.length >= 3 && !EN_STOPWORDS.has(word) && !/^\d/.test(word)) words.push(word)
  }
  return words
}

const NAMED_LATIN = /(?<![.!?]\s|^)\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*/g
const NAMED_IN_CHINESE = /[A-Za-z][\w&.-]+|[「《“][^」》”]{1,20}[」》”]/g
const QUESTION = /[?？]\s*$/

/** What a bullet drops from a sentence's start, in this order: a pointer at a picture, then each connective. */
const LEADING = {
  zh: [POINTER_CLAUSE.zh, ...CONNECTIVES.zh.map(word => new RegExp(`^${word}[，,、：:\\s]*`, 'u'))],
  en: [POINTER_CLAUSE.en, ...CONNECTIVES.en.map(word => new RegExp(`^${word}\\b[,:]?\\s+`, 'iu'))],
}

/** A sentence's bullet text: leading connectives and pointers at pictures (POINTER_CLAUSE) dropped, an English first letter raised. */
export function trimConnective(sentence: string, lang: Lang): string {
  let text = sentence.trim()
  for (let changed = true; changed;) {
    changed = false
    for (const pattern of LEADING[lang]) {
      const rest = text.replace(pattern, '')
      if (rest !== text && rest.length > 0) {
        text = rest
        changed = true
      }
    }
  }
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/**
 * The sentence as a bullet within `columns`: whole when it fits, else its longest run of leading clauses
 * that fits and still carries a fact; undefined when neither does (the sentence stays in the notes).
 */
export function fitSentence(sentence: string, columns: number, lang: Lang): string | undefined {
  if (displayWidth(sentence) <= columns) return sentence
  const clauses = sentence.split(/(?<=[，,；;：:])\s*/u)
  let kept = ''
  for (const clause of clauses) {
    const next = kept + (kept && lang === 'en' ? ' ' : '') + clause
    if (displayWidth(next) > columns) break
    kept = next
  }
  const clause = kept.replace(/[，,；;：:]\s*$/u, '')
  const minimum = columns / 3
  return clause && displayWidth(clause) >= minimum && carriesFact(clause, lang) ? clause : undefined
}

function carriesFact(text: string, lang: Lang): boolean {
  return figuresIn(text, lang).length > 0 || names(text, lang).length > 0
}

function names(text: string, lang: Lang): string[] {
  return [...new Set((text.match(lang === 'zh' ? NAMED_IN_CHINESE : NAMED_LATIN) ?? []).map(name => name.toLowerCase()))]
}

/** Names that tell this sentence apart: not the article's subject, which every section mentions. */
function distinctiveNames(text: string, weights: TermWeights, lang: Lang): number {
  const common = (name: string) => weights.documents > 2 && weights.lowered.filter(text => text.includes(name)).length * 2 > weights.documents
  return names(text, lang).filter(name => !common(name)).length
}

/** A paragraph of a section with the subheading it falls under. */
export interface SourceText {
  text: string
  lead?: string
}

/** Every sentence of `texts` scored as a bullet of at most `columns` (sentences that cannot fit are left out). */
export function candidates(texts: SourceText[], columns: number, weights: TermWeights, lang: Lang): Candidate[] {
  const result: Candidate[] = []
  let position = 0
  for (const [paragraph, { text, lead }] of texts.entries()) {
    for (const [index, sentence] of splitSentences(text, lang).entries()) {
      position++
      const shown = fitSentence(trimConnective(sentence, lang), columns, lang)
      if (!shown) continue
      const figures = figuresIn(shown, lang).filter(f => f.kind !== 'number' || Math.abs(f.value) >= 10_000)
      result.push({ text: shown, position, lead, figures, score: score(shown, figures, index, paragraph, weights, lang) })
    }
  }
  return result
}

function score(text: string, figures: Figure[], index: number, paragraph: number, weights: TermWeights, lang: Lang): number {
  const named = Math.min(2, distinctiveNames(text, weights, lang))
  const terms = [...new Set(contentWords(text, lang))].map(w => weights.weight.get(w) ?? 0).sort((a, b) => b - a).slice(0, 4)
  const keyTerms = terms.reduce((sum, w) => sum + w, 0) / 4
  const facts = Math.min(2, figures.length) * 2 + named
  const shortText = displayWidth(text) < (lang === 'zh' ? 16 : 30)
  return facts + keyTerms
    + (index === 0 ? 1 : 0) + (paragraph === 0 ? 0.5 : 0)
    - (facts === 0 ? 6 : 0) - (shortText ? 2 : 0) - (QUESTION.test(text) ? 2 : 0) - (ANAPHORA[lang].test(text) ? 2 : 0)
}

/**
 * The best sentences that fit `maxLines` lines (as they wrap in `widthPx` at body type, with the space between
 * bullets), at most `maxCount`, in the article's order; at least `minCount` when that many fit at all.
 */
export function chooseBullets(pool: Candidate[], widthPx: number, maxLines: number, minCount: number, maxCount: number): Candidate[] {
  const ranked = [...pool].sort((a, b) => b.score - a.score || a.position - b.position)
  const chosen: Candidate[] = []
  let lines = 0
  for (const candidate of ranked) {
    if (chosen.length >= maxCount) break
    const need = wrappedLines(candidate.text, widthPx, TYPE.body)
    if (need > BUDGET.bulletLines) continue
    const gap = chosen.length > 0 ? BUDGET.bulletGapLines : 0
    if (lines + gap + need > maxLines) continue
    if (candidate.score < 0 && chosen.length >= minCount) continue
    chosen.push(candidate)
    lines += gap + need
  }
  return chosen.sort((a, b) => a.position - b.position)
}
