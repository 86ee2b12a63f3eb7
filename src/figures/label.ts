/**
 * Labels that say what a figure measures and of whom, built from the clause around it. Pure: no I/O.
 *
 * A label is the clause with the figure taken out and what says nothing trimmed from its edges (particles,
 * prepositions, pronouns, hedges, "respondents say that"), kept to the words nearest the figure that fit
 * `BUDGET.labelColumns`, so it never needs an ellipsis. A label that would only say which way a change went
 * (`decrease`) or what was done (`聊`) takes what it is about from the figure or the clause before it. Words
 * come from a segmenter that knows words: jieba for Chinese (Intl.Segmenter splits 车企, 营收, 市值, 缓存 into
 * single characters; jieba keeps them and tags parts of speech), on a Simplified copy of Traditional text
 * (jieba's dictionary is Simplified; OpenCC converts character for character, so offsets still line up);
 * Intl.Segmenter for English.
 */
import { BUDGET } from '../config.ts'
import { displayWidth, segments, wordSegmenters } from '../text.ts'
import type { Lang } from '../types.ts'
import { addChineseWords, chineseWords, toSimplified } from './language-tools.ts'

/** A half-open range of offsets into the searched text. */
export interface Span {
  start: number
  end: number
}

interface Word extends Span {
  text: string
  /** jieba's part of speech for Chinese (`n`, `v`, `uj`, …); `w` for an English word; `x` for anything else. */
  pos: string
  /** The word lower-cased, and in Simplified script: what the word lists are matched against. */
  key: string
}

/** Punctuation that ends a clause: a label never reaches across it (colons and brackets are read specially). */
const CLAUSE_BREAK = /^[，,。．.！!？?；;、—–\n]|^\s*\n/
const COLON = /^[:：]$/
/** A sentence's end inside the words handed over (a list item's line break): no clause before it belongs. */
const CLAUSE_END = /^\s*\n/
const OPEN = /^[(（]$/
const CLOSE = /^[)）]$/
/** Characters that are markup, not words: never in a label. */
const MARKUP = /[`*_[\]{}<>#|\\]/g

/**
 * Chinese words that say nothing about what is measured, by part of speech: particles (`的`, `了`),
 * prepositions (`在`, `把`), conjunctions (`因为`, `同时`), pronouns (`这`, `他们`), numerals and measure
 * words, time and place words (`目前`), modal particles; one-character adverbs (`都`, `也`). jieba tags some
 * nouns as adverbs (`难度`), so longer adverbs are named in ZH_FILLERS instead.
 */
const ZH_FILLER_POS = /^(?:u|p|c|r|y|e|o|m|q|mq|t|f)/
/** Chinese verbs, adverbs and words that only link the subject to the figure (`是`, `达到`, `高达`, `大概`, `合`). */
const ZH_FILLERS = new Set(('是 有 为 达 达到 高达 多达 超过 超 逾 近 将近 接近 约 约为 大约 占 已 '
  + '只有 仅有 不到 不足 至 到 合 共 总共 用 给定 以内 左右 以上 以下 多 余 整个 部分 一度 其实 甚至 '
  + '仅仅 直接 大概 已经 仍然 依然 同时 一直 几乎 一共 曾经 正在 共计 特别 尤其 大幅 显著 目前 如今 '
  + '还是 就是 也就是 总计 累计').split(' '))
// jieba splits some of these (`高达` → `高` `达`): as dictionary words they are cut whole, and trimmed whole.
addChineseWords([...ZH_FILLERS].filter(word => word.length > 1))
/** Chinese modal verbs: fillers before a verb only. */
const ZH_MODALS = new Set('会 将 要 能 可 可以 可能 也要'.split(' '))
const COMPARATIVE = /^(?:fewer|more|less|higher|lower|larger|smaller|bigger|greater)$/i

/** English words that say nothing about what is measured. */
const EN_FILLERS = new Set(('a an the of in on at to for from by with as vs versus and or but nor into onto per via '
  + 'since until than about around roughly nearly almost approximately some more less fewer over under up down between '
  + 'just only still even also so like north south below above here there then now '
  + 'is was were are be been being has had have having do does did will would can could may might must should shall '
  + 'it its it\'s that\'s they\'re we\'re i i\'m we they you he she me us them our their my your his her this that '
  + 'these those all each every any both which who whom whose what when where while if '
  + 'already total totalling totaling makes make made up there\'s here\'s lot lots another other').split(' '))
/**
 * Words that name who answered rather than what is measured: `74% of respondents say that they use X`
 * measures X. Trimmed only next to the figure.
 */
const POPULATION = new Set(('respondents respondent participants people users those them themselves say says said report '
  + 'reports reported answered answer think thinks thought consider considers considered believe believes feel feels '
  + 'agree agreed indicated stated 人 受访者 受访 用户 认为 表示 称 说 希望 觉得').split(' '))

/** A figure to label: its span, and for a count of things the noun counted (`flights`, `用户`). */
export interface LabelTarget extends Span {
  counted?: string
}

/** What lies around a sentence: the sentence before it, or a subject given for the whole text (a table row's header). */
export interface LabelContext {
  before?: Span
  subject?: string
}

/** Labels for the figures of one sentence of `text`, in order. */
export function labelFigures(text: string, sentence: Span, figures: LabelTarget[], lang: Lang, context: LabelContext = {}): string[] {
  const words = sentenceWords(text, sentence, lang)
  const { before } = context
  const subject = context.subject || subjectOf(text, words, lang, before && sentenceWords(text, before, lang))
  const named = once(() => words.flatMap((word, i) => isContent(word, lang) ? [i] : []))
  let previous = ''
  return figures.map((figure, i) => {
    // `rose from 60% to 87%`, `6％、7％`: a figure joined to the one before by nothing that names anything shares its label.
    if (previous && i > 0 && joinedTo(words, figures[i - 1], figure, lang)) return previous
    // `6％、7％左右的利率`: a run of joined figures that a `的`/`of` phrase follows is labelled as one figure, up to that phrase.
    const last = runBeforeNoun(words, figures, i, lang)
    const target = last === i ? figure : { ...figure, end: figures[last].end }
    // A label stops at the nearest figure on either side; farther ones cannot matter.
    const others = [figures[i - 1], figures[last + 1]].filter(other => other !== undefined)
    const own = labelFor(text, words, target, others, lang, subject, Boolean(context.subject))
    // `23% can write simple programs (a decrease of 6pp from 2022)`: a label that only says which way a change went
    // names what changed, the metric of the figure before it.
    // `营收236亿美元，合新台币7596亿元`: a figure with no words of its own shares the one before it.
    previous = (previous && isChangeOnly(own, lang) ? withChange(previous, own, lang) : own) || previous
      || nearestPhrase(words, named(), figure, lang)
    return previous
  })
}

/** Change words, verbs and nouns, that say which way a figure moved but not what moved. */
const CHANGE_ONLY = new Set(('increase increased increases decrease decreased decreases rise rose risen fall fell fallen '
  + 'drop dropped growth grew grow decline declined reduction gain gains jump jumped '
  + '增长 增加 上升 上涨 提升 提高 下降 下跌 降低 减少 增幅 降幅 涨幅 跌幅').split(' '))

function isChangeOnly(label: string, lang: Lang): boolean {
  const words = lang === 'en' ? label.toLowerCase().split(/\s+/) : [toSimplified(label)]
  return label !== '' && words.every(word => CHANGE_ONLY.has(word))
}

/**
 * `simple programs decrease`: the metric before the change word, its leading words dropped while too wide (never
 * inside a hyphenated word), as long as two words that name something are left; else the change word alone.
 */
function withChange(metric: string, change: string, lang: Lang): string {
  const words = sentenceWords(metric, { start: 0, end: metric.length }, lang).filter(word => isContent(word, lang))
  for (const [i, word] of words.entries()) {
    if (words.length - i < 2) break
    if (/[-\p{L}\p{N}]$/u.test(metric.slice(0, word.start))) continue
    const label = join(clean(metric.slice(word.start)), change, lang)
    if (displayWidth(label) <= BUDGET.labelColumns) return label
  }
  return change
}

/**
 * The index of the last figure of the run joined to `figures[i]` (`6％、7％`), when what follows the run is a noun
 * it qualifies (`左右的利率`, `of revenue`); else `i`.
 */
function runBeforeNoun(words: Word[], figures: Span[], i: number, lang: Lang): number {
  let last = i
  while (last + 1 < figures.length && joinedTo(words, figures[last], figures[last + 1], lang)) last++
  if (last === i) return i
  const end = figures[last].end
  for (let w = firstWordEnding(words, end); w < words.length; w++) {
    const word = words[w]
    if (word.start < end || !word.text.trim()) continue
    if (word.key === '的' || word.key === 'of') return last
    if (isContent(word, lang) || CLAUSE_BREAK.test(word.text)) return i
  }
  return i
}

/** Verbs of change that link a figure to the one before it: `rose from 60% to 87%`, `从60%提升到87%`. */
const CHANGE = new Set(('rose rise rises risen fell fall falls fallen grew grow grows grown increased increase increases '
  + 'decreased decrease decreases dropped drop drops climbed jumped surged plunged went moved '
  + '提升 提高 增长 增加 上升 上涨 下降 下跌 降低 减少 降至 升至 涨至 跌至 变为 变成').split(' '))

/** Words that join a figure to the one before it as a pair or a change: `60% to 87%`, `6％、7％`, `60%提升到87%`. */
const LINK = /^(?:to|到|至|、|~|～)$/

function joinedTo(words: Word[], previous: Span, figure: Span, lang: Lang): boolean {
  const between = words.slice(firstWordEnding(words, previous.end), firstWordEnding(words, figure.start))
    .filter(word => word.start >= previous.end && word.text.trim())
  const isChange = (word: Word) => CHANGE.has(word.key)
  return between.some(word => LINK.test(word.text) || isChange(word))
    && between.every(word => LINK.test(word.text) || isChange(word) || (!isContent(word, lang) && !CLAUSE_BREAK.test(word.text)))
}

/** `text` if it fits `columns`, else its leading whole words that do (fillers trimmed); never cut inside a word. */
export function fitLabel(text: string, columns: number, lang: Lang): string {
  if (displayWidth(text) <= columns) return text
  const words = sentenceWords(text, { start: 0, end: text.length }, lang)
  let end = 0
  for (const word of words) {
    if (displayWidth(text.slice(0, word.end).trim()) > columns) break
    if (isContent(word, lang)) end = word.end
  }
  return text.slice(0, end).trim()
}

function sentenceWords(text: string, sentence: Span, lang: Lang): Word[] {
  const slice = text.slice(sentence.start, sentence.end)
  if (lang === 'en') {
    return Array.from(segments(wordSegmenters.en, slice), ({ segment, index, isWordLike }) => ({
      text: segment, start: sentence.start + index, end: sentence.start + index + segment.length, pos: isWordLike ? 'w' : 'x', key: segment.toLowerCase(),
    }))
  }
  return chineseWords(slice).map(({ key, tag: pos, written, start, end }) => ({
    text: written, start: sentence.start + start, end: sentence.start + end, pos: /^[\p{L}\p{N}]/u.test(key) ? pos : 'x', key,
  }))
}

function isContent(word: Word, lang: Lang): boolean {
  if (!/[\p{L}\p{N}]/u.test(word.text)) return false
  // A bare number is a year or a piece of a time or a version, never what a label names.
  if (/^[\d.,:]+$/.test(word.text)) return false
  if (lang === 'en' || /^[A-Za-z]/.test(word.text)) return !EN_FILLERS.has(word.key)
  if (word.pos === 'd' && [...word.text].length === 1) return false
  // `每个人`, `每月`, `每秒`: jieba tags them pronouns, but they say per what, and a rate is what it is per.
  if (/^每./.test(word.key)) return true
  return !ZH_FILLER_POS.test(word.pos) && !ZH_FILLERS.has(word.key)
}

/**
 * Words dropped from inside a label that is too wide, before any word that says something is: possessives
 * and particles, auxiliaries, and a year with its preposition (`money in 2024 paying contributors`).
 */
const EN_LIGHT = new Set('being been our their its my your his her'.split(' '))
const ZH_LIGHT = new Set('的 了 着'.split(' '))
const YEAR = /^(?:1[6-9]|20)\d\d$/
const YEAR_PREPOSITION = /^(?:in|since|by|of|for|from|to|until|during)$/i

function lighten(side: Word[], lang: Lang): Word[] {
  const content = side.filter(word => word.text.trim())
  const light = new Set(content.filter((word, i) => (lang === 'en' ? EN_LIGHT : ZH_LIGHT).has(word.key)
    || YEAR.test(word.text) || (YEAR_PREPOSITION.test(word.text) && YEAR.test(content[i + 1]?.text ?? ''))))
  return side.filter(word => word.text.trim() && !light.has(word))
}

function isPopulation(word: Word): boolean {
  return POPULATION.has(word.key)
}

/**
 * The clause's words on each side of `figure` (stopping at clause breaks and at other figures), trimmed and
 * kept to the budget nearest the figure; the sentence's subject is put in front when it is missing and fits.
 */
function labelFor(text: string, words: Word[], figure: LabelTarget, others: Span[], lang: Lang, sentenceSubject: string, given: boolean): string {
  const isOther = (word: Word) => others.some(other => word.start < other.end && other.start < word.end)
  const subject = antecedent(words, figure, isOther, lang) || sentenceSubject
  const label = fitted(text, words, figure, isOther, lang, BUDGET.labelColumns)
  // A label that opens with a name of its own (`Nasdaq fell`) has its subject, unless one is given for the text.
  const named = lang === 'en' && /^[A-Z]/.test(label) && !given
  if (!subject || label.toLowerCase().includes(subject.toLowerCase()) || named) return label
  // The subject goes in front, and the rest is built again in the room left.
  const rest = fitted(text, words, figure, isOther, lang, BUDGET.labelColumns - displayWidth(subject) - 1)
  return rest ? join(subject, rest, lang) : label
}

/**
 * `the builds are [optimized with PGO], which provided 15-20% performance wins`: a relative clause's subject is
 * the last word that names something before it.
 */
function antecedent(words: Word[], figure: Span, isOther: (word: Word) => boolean, lang: Lang): string {
  if (lang !== 'en') return ''
  const first = firstWordEnding(words, figure.start)
  const clause = wordsBefore(words, first, isOther)
  const opener = clause.find(word => word.text.trim())
  const at = first - clause.length
  if (!opener || !/^(?:which|who|that)$/i.test(opener.text) || at < 1 || !/^[,;]$/.test(words[at - 1].text)) return ''
  const named = wordsBefore(words, at - 1, isOther).filter(word => isContent(word, lang))
  return named.length > 0 ? clean(named[named.length - 1].text) : ''
}

/** The label without the sentence's subject, at most `budget` columns wide. */
function fitted(text: string, words: Word[], figure: LabelTarget, isOther: (word: Word) => boolean, lang: Lang, budget: number): string {
  const first = firstWordEnding(words, figure.start)
  const after = firstWordEnding(words, figure.end)
  const firstAfter = after < words.length && words[after].start < figure.end ? after + 1 : after
  let left = wordsBefore(words, first, isOther)
  let right = firstAfter === words.length ? [] : wordsAfter(words, firstAfter, isOther)
  // `United States (22%)`, `fixing compiler bugs (68%)`: a bracketed figure labels what stands before the bracket.
  if (left.length === 0 && first > 0 && OPEN.test(words[first - 1].text) && firstAfter < words.length && CLOSE.test(words[firstAfter].text)) {
    left = wordsBefore(words, first - 1, isOther)
    right = []
  }
  // `概念：47.96% 中等满意`, `worth the cost of adoption: 64%`: a figure opening the clause after a colon takes the lead.
  const opening = trim(left, lang, 'left').length === 0
  if (opening && first > 0 && COLON.test(words[first - 1 - left.length]?.text ?? '')) {
    left = wordsBefore(words, first - 1 - left.length, isOther)
  }
  // `There was a time where we were growing like 15%`: an English relative clause that holds the figure and says
  // something of its own is the figure's clause; what stands before it names the noun it describes.
  left = ownRelativeClause(left, lang)
  // `Broadcom dropped 12% and the Nasdaq fell 3.1%`: what follows a clause opener is another clause.
  const opener = right.find(word => word.text.trim())
  if (opener && RELATIVE.test(opener.text)) right = []
  let near = trim(left, lang, 'left')
  let far = trim(right, lang, 'right')
  // `每個人每月花 15 歐元就能擁有每秒 10 mb`: a Chinese verb after the figure that runs on into the next figure
  // leads up to that one (its object), not from this one; a verb of change (`从60%提升到87%`) joins the two.
  const end = right.length > 0 ? firstWordEnding(words, right[right.length - 1].end) : firstAfter
  if (lang === 'zh' && near.length > 0 && /^v(?!n)/.test(far[0]?.pos ?? '') && !far.some(word => CHANGE.has(word.key))
    && end < words.length && isOther(words[end])) {
    right = []
    far = []
  }
  if (near.length > 0 && far.length > 0) far = nounPhrase(right, far, lang)
  // `69.70% 的受访者认为 Kubernetes 文档是他们首要寻找的`: a Chinese `是` after the metric starts what is said of it.
  const copula = far.findIndex((word, i) => i > 0 && word.key === '是')
  if (lang === 'zh' && copula > 0) far = trim(far.slice(0, copula), lang, 'right')
  let bridge = near.length > 0 ? preposition(right, far, lang) : ''
  // A figure alone in its clause is labelled by the clause before it (`使用的是测量装置，可能不到美金 100 元`),
  // and so is a Chinese clause with no subject of its own (`上市櫃的遊戲公司，有 20 幾家都是會員`) or with only a
  // verb before the figure and nothing after it (`辦公室，一次和我聊上 40 分鐘`): the verb is kept after it.
  const saysWhen = (side: Word[]) => side.every(word => !isContent(word, lang) || isTime(word, lang))
  let breakAt = first - left.length - 1
  for (let step = 0; step < 2 && breakAt > 0; step++) {
    const verbOnly = lang === 'zh' && saysWhen(far) && near.length > 0 && near.every(word => !isContent(word, lang) || /^v(?!n)/.test(word.pos))
    if (!(verbOnly || (step === 0 && near.length === 0 && (far.length === 0 || lang === 'zh')))) break
    const previous = wordsBefore(words, breakAt, isOther)
    const bounded = previous.length > 0 && !isOther(words[breakAt - previous.length - 1] ?? previous[0])
    // A colon after a speaker's name (`唐鳳：`) does not make the speaker what a verb is about.
    if (!bounded || CLAUSE_END.test(words[breakAt].text) || (verbOnly && COLON.test(words[breakAt].text))) break
    near = [...trim(previous, lang, 'left'), ...near]
    breakAt -= previous.length + 1
  }
  // `可能只处理到一、两成的时候`: after a figure with words before it, only a time says when, not what.
  if (near.length > 0 && saysWhen(far)) far = []
  // `higher absolute average costs at ₹7,901 average`: words after the figure that only repeat, in order, what
  // stands just before it (in the room a label has) say nothing new; `Delhi → Bengaluru and 16 flights Bengaluru →
  // Delhi` says something else.
  const said: Word[] = []
  for (let i = near.length - 1; i >= 0 && displayWidth(compose(text, near.slice(i), [], lang)) <= budget; i--) {
    if (isContent(near[i], lang)) said.unshift(near[i])
  }
  const farNamed = far.filter(word => isContent(word, lang))
  let at = 0
  for (const word of said) if (at < farNamed.length && word.key === farNamed[at].key) at++
  if (farNamed.length > 0 && at === farNamed.length) far = []
  // The metric stands after the figure when what follows it names something (`€36 Hetzner instance`, `13% bigger
  // budget`, `5％的營業稅`, `92% of our money`, `spent $404,400 on infrastructure`); before it when nothing or
  // only a time follows (`Nvidia shares fell 16% in one day`).
  const firstNamed = right.find(word => isContent(word, lang))
  const metricRight = near.length === 0 || (firstNamed !== undefined && !isTime(firstNamed, lang))
  // Too wide: first the light function words inside go, then a time at the end (`this year`), then words from
  // the far ends, the side that does not hold the metric first. A verb bridged to the right side by a
  // preposition (`returned to shareholders`) goes last of its side, after the preposition.
  const tooWide = () => displayWidth(compose(text, near, far, lang, '', bridge)) > budget
  if (tooWide()) {
    near = trim(lighten(near, lang), lang, 'left')
    far = trim(lighten(far, lang), lang, 'right')
  }
  while (tooWide() && far.length > 1 && isTime(far[far.length - 1], lang)) far = trim(far.slice(0, -1), lang, 'right')
  // With a bridge the verb matters (`returned to`); after `of` the share is of what follows (`92% of our money`).
  const keepVerb = bridge !== ''
  while (near.length + far.length > 0 && tooWide()) {
    if (metricRight && near.length > (keepVerb ? 1 : 0)) near = trim(near.slice(1), lang, 'left')
    else if (bridge) bridge = ''
    else if (far.length > 0 && (metricRight || near.length > 0)) far = trim(far.slice(0, -1), lang, 'right')
    else near = trim(near.slice(1), lang, 'left')
  }
  // `114 flights since 2016`: what a count counts is the metric, whatever else fits; after a determiner
  // (`a map of all my 114 flights`) the words before belong to another noun phrase.
  const counted = figure.counted && !compose(text, near, far, lang).includes(figure.counted) ? figure.counted : ''
  const determiner = left.filter(word => word.text.trim()).pop()
  if (counted && determiner && DETERMINER.test(determiner.text)) near = []
  let label = compose(text, near, far, lang, counted, bridge)
  while (counted && displayWidth(label) > budget && near.length + far.length > 0) {
    if (far.length > 0) far = trim(far.slice(0, -1), lang, 'right')
    else near = trim(near.slice(1), lang, 'left')
    label = compose(text, near, far, lang, counted, bridge)
  }
  return label
}

function ownRelativeClause(left: Word[], lang: Lang): Word[] {
  if (lang !== 'en') return left
  const at = left.findLastIndex(word => /^(?:where|when|who)$/i.test(word.text))
  const clause = left.slice(at + 1)
  return at >= 0 && clause.some(word => isContent(word, lang) && !isPopulation(word)) ? clause : left
}

/**
 * A Chinese `的` phrase after the figure, with words before the figure, is its noun phrase only, up to an
 * adverb, preposition or conjunction (`仅用600万美元的成本就开发出了` → `成本`).
 */
function nounPhrase(right: Word[], far: Word[], lang: Lang): Word[] {
  if (lang !== 'zh' || right.find(word => word.text.trim())?.text !== '的') return far
  const stop = far.findIndex(word => /^[dpc]/.test(word.pos))
  return stop <= 0 ? far : trim(far.slice(0, stop), lang, 'right')
}

/** The English preposition that joins the two sides where the figure stood: `returned to shareholders`, `spend on data centers`. */
function preposition(right: Word[], far: Word[], lang: Lang): string {
  const opening = right.find(word => word.text.trim())
  return lang === 'en' && opening && opening !== far[0] && PREPOSITION.test(opening.text) ? opening.text : ''
}

const PREPOSITION = /^(?:to|on|in|into|for|from|with|at)$/i
const DETERMINER = /^(?:my|our|their|your|his|her|its|the|these|those|all)$/i

/** Words that open a clause of their own after the figure (`800 transactions where …`, `…，而…`). */
const RELATIVE = /^(?:where|which|who|whom|whose|that|when|while|and|but|so|because|although|though|而|但|但是|所以|因此|并且|而且)$/i

/** Words that say when, not what: a figure followed only by them is labelled by what precedes it. */
const EN_TIME = /^(?:\d.*|one|a|an|(?:day|week|month|year|quarter|hour|minute|second|decade)s?|daily|weekly|monthly|annually|yearly|today|yesterday|last|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i

/** Chinese nouns that say when (`一、两成的时候`): jieba tags them nouns. */
const ZH_TIME = new Set('时候 时 期间 时期 之际 阶段'.split(' '))

function isTime(word: Word, lang: Lang): boolean {
  return lang === 'en' || /^[A-Za-z\d]/.test(word.text) ? EN_TIME.test(word.text) : /^[tm]/.test(word.pos) || ZH_TIME.has(word.key)
}

function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined
  return () => (result ??= { value: compute() }).value
}

/** Index of the first word ending after `offset` (words are in text order): a binary search keeps long sentences linear. */
function firstWordEnding(words: Word[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid].end <= offset) low = mid + 1
    else high = mid
  }
  return low
}

/** Words from `index - 1` back to the clause's start, in text order. */
function wordsBefore(words: Word[], index: number, isOther: (word: Word) => boolean): Word[] {
  let start = index
  while (start > 0 && !isBreak(words[start - 1]) && !isOther(words[start - 1])) start--
  return words.slice(start, index)
}

/** Words from `index` to the clause's end, brackets inside it left out. */
function wordsAfter(words: Word[], index: number, isOther: (word: Word) => boolean): Word[] {
  const taken: Word[] = []
  let i = index
  while (i < words.length && !isOther(words[i])) {
    if (OPEN.test(words[i].text)) {
      // `(~$10k) spent`, `daily (or nearly daily) basis`: a bracket inside the clause is skipped, not a break.
      let close = i + 1
      while (close < words.length && !CLOSE.test(words[close].text) && !CLAUSE_BREAK.test(words[close].text)) close++
      if (close === words.length || !CLOSE.test(words[close].text)) break
      i = close + 1
      continue
    }
    if (isBreak(words[i])) break
    taken.push(words[i++])
  }
  return taken
}

function isBreak(word: Word): boolean {
  return CLAUSE_BREAK.test(word.text) || COLON.test(word.text) || OPEN.test(word.text) || CLOSE.test(word.text)
}

/**
 * Trims words that say nothing from both edges of one side. `side` says which edge touches the figure:
 * there the population words (`respondents say that`, `的人`) go too.
 */
function trim(side: Word[], lang: Lang, which: 'left' | 'right'): Word[] {
  let start = 0
  let end = side.length
  const nearFigure = (i: number) => (which === 'left' ? i === end - 1 : i === start)
  const removable = (i: number) => {
    const word = side[i]
    // `37% fewer survey views`: a comparative right after the figure says which way.
    if (which === 'right' && i === start && COMPARATIVE.test(word.text)) return false
    // `会` before a verb, or with nothing after it, is "will" (`会达到`, `也要 26％`), and so is a two-character
    // modal before an adverb (`可能只处理`); before anything else it ends a name (`振兴会其实`).
    if (ZH_MODALS.has(word.key)) return (which === 'left' && i === side.length - 1) || side[i + 1] === undefined || /^v/.test(side[i + 1].pos)
      || (word.key.length > 1 && /^d/.test(side[i + 1].pos))
    // A number glued to the word after it names a thing (`3纳米`, `5G`), so it stays with that word.
    const next = side[i + 1]
    if (/^[\d.]+$/.test(word.text) && next && next.start === word.end && isContent(next, lang)) return false
    return !isContent(word, lang) || (nearFigure(i) && isPopulation(word))
  }
  let changed = true
  while (changed) {
    changed = false
    while (start < end && removable(start)) { start++; changed = true }
    while (end > start && removable(end - 1)) { end--; changed = true }
  }
  return side.slice(start, end)
}

/**
 * The label's text: each side as it stands in the article (markup out), joined where the figure stood. A side
 * with light words taken out is joined word by word.
 */
function compose(text: string, near: Word[], far: Word[], lang: Lang, counted = '', bridge = ''): string {
  const part = (side: Word[]) => side.length === 0 ? '' : clean(side.reduce((phrase, word, i) =>
    i > 0 && side[i - 1].end !== word.start ? join(phrase, word.text, lang) : phrase + text.slice(i > 0 ? side[i - 1].end : word.start, word.end), ''))
  const [left, right] = [part(near), part(far)]
  return [left, counted, left && right ? bridge : '', right].filter(Boolean).reduce((label, piece) => label ? join(label, piece, lang) : piece, '')
}

function join(left: string, right: string, lang: Lang): string {
  const spaced = lang === 'en' || /[A-Za-z\d]$/.test(left) || /^[A-Za-z\d]/.test(right)
  return spaced ? `${left} ${right}` : left + right
}

function clean(phrase: string): string {
  return phrase.replace(MARKUP, '').replace(/\s+/g, ' ').trim()
}

/**
 * `Indigo is the airline … which makes up 46% of the total`: the name that opens an English sentence (a run of
 * capitalised words before its verb), or, when the sentence opens with a pronoun (`They're worth $100 billion`),
 * the name that opened the sentence before. Chinese labels start at their clause's start, which holds its subject.
 */
function subjectOf(text: string, words: Word[], lang: Lang, before: Word[] | undefined): string {
  if (lang !== 'en') return ''
  const all = words.filter(word => word.pos === 'w')
  if (before && PRONOUN.test(all[0]?.text ?? '')) return subjectOf(text, before, lang, undefined)
  // `Since 2012 Apple has`, `In 2024, ZSF spent`: an opening adverbial comes before the subject.
  const opening = all.findIndex(word => isContent(word, lang) && !/^\d/.test(word.text))
  const content = opening === -1 ? [] : all.slice(opening)
  let count = 0
  while (count < content.length && /^[A-Z]/.test(content[count].text) && isContent(content[count], lang)) count++
  const verb = content[count]
  if (count === 0 || !verb || !/^(?:is|was|are|were|has|had|have|[a-z]+(?:ed|s))$/.test(verb.text)) return ''
  return clean(text.slice(content[0].start, content[count - 1].end))
}

const PRONOUN = /^(?:they|they're|it|it's|its|he|she|their)$/i

/**
 * Last resort for a figure alone in its clause: the nearest word of the sentence that names something.
 * `named` lists the indexes of such words in order, once per sentence.
 */
function nearestPhrase(words: Word[], named: number[], figure: Span, lang: Lang): string {
  const before = firstWordEnding(words, figure.start)
  const after = firstWordEnding(words, figure.end)
  // The named word on either side of the figure: a binary search in `named` for the first at or after `after`.
  let low = 0
  let high = named.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (named[mid] < after) low = mid + 1
    else high = mid
  }
  const left = named[low - 1] !== undefined && named[low - 1] < before ? words[named[low - 1]] : undefined
  const right = named[low] !== undefined ? words[named[low]] : undefined
  const nearest = !left ? right : !right ? left : figure.start - left.end <= right.start - figure.end ? left : right
  return nearest ? fitLabel(clean(nearest.text), BUDGET.labelColumns, lang) : ''
}
