/**
 * What each part of a long conversation is about, as its title: the part's most distinctive nouns (counted in
 * the part, weighed against the other parts), joined as the language lists things: "Titan, Goldman Sachs and
 * hedge funds", 「NFT、區塊鏈和遊戲」. Nouns come from compromise (English) and jieba (Chinese): a title made of
 * them reads as a topic, where a line of the conversation would read as a quote. Pure: no I/O.
 */
import { BUDGET, GENERIC_NOUNS } from '../config.ts'
import { chineseWords, nlp } from '../figures/language-tools.ts'
import { displayWidth } from '../text.ts'
import type { Lang, Locale } from '../types.ts'
import { EN_STOPWORDS } from './sentences.ts'

/** jieba's noun tags (names, places, organisations, other proper nouns) and Latin words (`NFT`, `Apple`). */
const ZH_NOUN = /^(?:n|nr|nrt|ns|nt|nz|eng)$/

interface Noun {
  /** How the word is counted: lower-cased. */
  key: string
  /** How it is shown: as the text first writes it. */
  text: string
  /** A name (a proper noun): weighs more, as what a part is about is more often a name than a common noun. */
  name: boolean
}

/**
 * A title for each part, or undefined where no noun stands out (the caller keeps its own). The speakers' names are
 * not topics, nor any part of them (`Joe`, from Joe Percoco).
 */
export function partTopics(parts: string[], speakers: string[], lang: Lang, locale: Locale): (string | undefined)[] {
  const named = speakers.map(name => name.toLowerCase())
  const nouns = parts.map(text => nounsOf(text.slice(0, BUDGET.topics.sampleChars), lang).filter(noun => !named.some(name => name.includes(noun.key))))
  const partsWith = new Map<string, number>()
  for (const words of nouns) for (const key of new Set(words.map(w => w.key))) partsWith.set(key, (partsWith.get(key) ?? 0) + 1)
  const list = new Intl.ListFormat(locale, { type: 'conjunction' })
  return nouns.map(words => {
    const counts = new Map<string, { noun: Noun, count: number }>()
    for (const noun of words) {
      const entry = counts.get(noun.key) ?? counts.set(noun.key, { noun, count: 0 }).get(noun.key)!
      entry.count++
    }
    const ranked = [...counts.values()]
      .filter(({ noun, count }) => count >= BUDGET.topics.minMentions && partsWith.get(noun.key)! < parts.length)
      .map(({ noun, count }) => ({ noun, score: count * Math.log(parts.length / partsWith.get(noun.key)!) * (noun.name ? BUDGET.topics.nameWeight : 1) }))
      .sort((a, b) => b.score - a.score)
    const chosen: string[] = []
    for (const { noun } of ranked) {
      if (chosen.length === BUDGET.topics.maxTerms) break
      if (chosen.some(text => text.toLowerCase().includes(noun.key) || noun.key.includes(text.toLowerCase()))) continue
      if (displayWidth(list.format([...chosen, noun.text])) > BUDGET.titleLineColumns.large) continue
      chosen.push(noun.text)
    }
    if (chosen.length < BUDGET.topics.minTerms) return undefined
    const title = list.format(chosen)
    return title.charAt(0).toUpperCase() + title.slice(1)
  })
}

/** Whether a line names anything (`How are you doing it?` does not): a title of its own needs to. */
export function namesSomething(text: string, lang: Lang): boolean {
  return nounsOf(text, lang).length > 0
}

function nounsOf(text: string, lang: Lang): Noun[] {
  return lang === 'zh' ? chineseNouns(text) : englishNouns(text)
}

/** Words compromise may tag as part of a name when they open a sentence (`And`, `Did`, `I'm`). */
const NOT_NAME = '(#Pronoun|#Determiner|#Conjunction|#Preposition|#Adverb|#Verb|#QuestionWord|#Expression|#Contraction|#Value)'

/** Names as written (`Goldman Sachs`), other nouns lower-cased; pronouns, gerunds and words under three letters left out. */
function englishNouns(text: string): Noun[] {
  const nouns: Noun[] = []
  const doc = nlp(text)
  const names = doc.match('#ProperNoun+').not(NOT_NAME)
  for (const name of names.out('array') as string[]) {
    const cleaned = clean(name.replace(/['’]s\b/g, ''))
    if (cleaned.length >= 3 && !EN_STOPWORDS.has(cleaned.toLowerCase())) nouns.push({ key: cleaned.toLowerCase(), text: cleaned, name: true })
  }
  for (const word of doc.match('#Noun').not('(#ProperNoun|#Pronoun|#Gerund)').not(NOT_NAME).out('array') as string[]) {
    const cleaned = clean(word).toLowerCase()
    if (cleaned.length >= 3 && !EN_STOPWORDS.has(cleaned) && !GENERIC_NOUNS.has(cleaned)) nouns.push({ key: cleaned, text: cleaned, name: false })
  }
  return nouns
}

/** Without the punctuation compromise leaves on a term: `Titan -`, `investment.`, `speed-`. */
function clean(term: string): string {
  return term.replace(/[^\p{L}\p{N}\s&'’.-]/gu, '').replace(/^[\s.'’-]+|[\s.'’-]+$/gu, '').replace(/\s+/g, ' ')
}

/** Nouns of two or more characters, tagged on the Simplified text and shown as the article writes them. */
function chineseNouns(text: string): Noun[] {
  return chineseWords(text)
    .filter(({ key, tag }) => ZH_NOUN.test(tag) && (/^\p{Script=Han}+$/u.test(key) ? key.length >= 2 : /^[a-z][\w.&-]{1,}$/.test(key)))
    .map(({ key, tag, written }) => ({ key, text: written, name: tag !== 'n' }))
}
