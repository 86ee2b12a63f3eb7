/**
 * Dialogue as exchanges: a question and the answer to it share a slide (a bare question never stands alone),
 * or one strong turn stands as a quote. Exchanges are scored by what the answer carries; every turn stays in
 * the notes of the exchange it belongs to.
 */
import { BUDGET, TYPE } from '../config.ts'
import { figuresIn } from './figures-in.ts'
import { displayWidth, leadingRun, splitSentences } from '../text.ts'
import type { Lang, QuotedTurn, Speaker, Turn } from '../types.ts'
import { trimConnective, type TermWeights } from './sentences.ts'

export interface Exchange {
  /** Index of the exchange's first turn in the section's turns. */
  start: number
  turns: QuotedTurn[]
  score: number
}

const QUESTION = /[?？]\s*$/
/** A question with its answer tells the audience why the answer matters: preferred over a lone statement. */
const QUESTION_BONUS = 2

/** Columns of quote an exchange may show in all: the question takes lines from the answer. */
const QUOTE_COLUMNS = BUDGET.quoteLines * BUDGET.quoteLineColumns
/** A question shows at most two lines of body type. */
const QUESTION_COLUMNS = 2 * Math.floor(BUDGET.quoteLineColumns * TYPE.quote / TYPE.body)

export function exchanges(turns: Turn[], speakers: Speaker[], weights: TermWeights, lang: Lang): Exchange[] {
  const roles = new Map(speakers.map(s => [s.name, s.role]))
  const quoted = (turn: Turn, text: string): QuotedTurn => {
    const role = turn.role ?? roles.get(turn.speaker)
    return { speaker: turn.speaker, ...(role ? { role } : {}), text }
  }
  const result: Exchange[] = []
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]
    const next = turns[i + 1]
    const question = lastQuestion(turn.text, lang)
    if (question && next && next.speaker !== turn.speaker && displayWidth(question) <= QUESTION_COLUMNS) {
      const answer = quoteOf(next.text, QUOTE_COLUMNS - displayWidth(question) * TYPE.body / TYPE.quote, weights, lang)
      if (answer) result.push({ start: i, turns: [quoted(turn, question), quoted(next, answer)], score: weigh(answer, weights, lang) + QUESTION_BONUS })
      i++
      continue
    }
    if (question) continue
    const quote = quoteOf(turn.text, QUOTE_COLUMNS, weights, lang)
    if (quote) result.push({ start: i, turns: [quoted(turn, quote)], score: weigh(quote, weights, lang) })
  }
  return result
}

/** The question a turn ends with, when it ends with one. */
function lastQuestion(text: string, lang: Lang): string | undefined {
  const sentences = splitSentences(text, lang)
  const last = sentences[sentences.length - 1]
  return last && QUESTION.test(last) ? last : undefined
}

/**
 * The part of a turn worth quoting within `columns`: the run of whole sentences, starting at the strongest
 * one, that fits; undefined when the turn says too little to quote.
 */
function quoteOf(text: string, columns: number, weights: TermWeights, lang: Lang): string | undefined {
  const sentences = splitSentences(text, lang).map(s => trimConnective(s, lang))
  let best: { text: string, score: number } | undefined
  for (let start = 0; start < sentences.length; start++) {
    const kept = leadingRun(sentences.slice(start), lang, run => displayWidth(run) <= columns)
    if (!kept || displayWidth(kept) < columns / 6) continue
    const score = weigh(kept, weights, lang) - start * 0.1
    if (!best || score > best.score) best = { text: kept, score }
  }
  return best?.text
}

function weigh(text: string, weights: TermWeights, lang: Lang): number {
  let terms = 0
  for (const [word, weight] of weights.weight) if (weight > 1 && text.toLowerCase().includes(word)) terms += weight
  return Math.min(3, figuresIn(text, lang).length) * 2 + Math.min(4, terms / 4)
}
