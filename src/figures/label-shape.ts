/**
 * Whether a label reads as what a number measures: it names a thing (a noun) and does not open with a verb, an
 * adverb or a conjunction ("go get one check", "Because opening account", 「导致 Nvidia 市值蒸发」 read as
 * fragments of a sentence, not as a metric). Only labels that pass stand under a callout; the figure stays in the
 * bullets and the notes. Parts of speech from compromise (English) and jieba (Chinese).
 */
import { chineseTags, nlp, toSimplified } from './language-tools.ts'

/**
 * jieba's tags for conjunctions, prepositions, particles and pronouns, and the verbs and adverbs that open a clause
 * rather than name a thing: no label starts with one. (jieba tags many names' first word as a verb, 「振兴会会员」,
 * so verbs in general are not refused.)
 */
const ZH_OPENER_TAGS = /^(?:c|p|u[a-z]*|y|e|r)$/
const ZH_OPENERS = new Set(('导致 引发 造成 使得 使 让 令 可以 可能 能够 会 将 就 也 还 都 已 已经 仍 仍然 正在 开始 继续 '
  + '达到 达 超过 约 仅 只 才 再 又 更 而 但 却 因为 由于 如果 虽然 没 没有 不').split(' '))
/** A person speaking (`你`, `我`) or a phrase that ends as a verb or a question does (`…到`, `…了`, `…吗`). */
const ZH_SPOKEN = /[你您我咱]|[到了过着吗呢吧]$/u

const ZH_NOUN = /^(?:n[a-z]*|nr|ns|nt|nz|eng|vn|an|j|l|i)$/

/**
 * Chinese labels (any Han character) are read by jieba, others by compromise, which tags the label's first word
 * where it stands in `sentence` (alone, "model cost" would read as a verb).
 */
export function readsAsMetric(label: string, sentence = label): boolean {
  const text = label.trim()
  if (!text) return false
  if (!/\p{Script=Han}/u.test(text)) {
    const firstWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text)?.[0]
    if (!firstWord) return false
    const inContext = nlp(sentence).match(firstWord).first()
    const first = inContext.found ? inContext : nlp(text).terms().first()
    // A name in title case (a table's row, `Total Income`) is not a command, whatever compromise makes of its first word.
    const titleCase = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/u.test(text)
    if (first.has('#Verb') && !first.has('#Gerund') && !titleCase) return false
    if (first.has('#Adverb') || first.has('#Conjunction') || first.has('#Preposition') || first.has('#Pronoun')) return false
    const doc = nlp(text)
    // A clause, not a name: a copula, modal or negation ("product was growing") or an infinitive with its object
    // ("people to get that one check"; "model cost to train" names a cost). A subject and its verb of change
    // ("Nvidia fell") does say what the number measures.
    if (doc.has('(#Copula|#Modal|#Auxiliary|#Negative)') || doc.has('to #Verb .')) return false
    // A place, a person or a date alone says where or when, not what is measured ("3% Canada", "30 days Past Year").
    return doc.match('(#Noun|#Acronym)').not('(#Place|#Person|#Date|#Value|#Pronoun)').found
  }
  const simplified = toSimplified(text)
  const words = chineseTags(simplified).filter(({ word }) => /[\p{L}\p{N}]/u.test(word))
  if (words.length === 0) return false
  if (ZH_OPENER_TAGS.test(words[0].tag) || ZH_OPENERS.has(words[0].word)) return false
  // Someone's words, not a measure: a pronoun (「營業稅我們付」, 「營業稅你付」, which jieba may not cut), or a verb's
  // ending (「牽涉到」).
  if (words.some(({ tag: pos }) => pos === 'r') || ZH_SPOKEN.test(simplified)) return false
  return words.some(({ tag: pos }) => ZH_NOUN.test(pos))
}
