/** Finds key figures (money, percentages, multiples, counts) in article text. Pure: no I/O. */
import { segments, sentenceSegmenters } from '../text.ts'
import type { Figure, FigureKind, Lang } from '../types.ts'
import { CHINESE_NUMERAL, parseChineseNumeral } from './chinese-numerals.ts'
import { spelledNumbers } from './english-numbers.ts'
import { excludedSpans } from './exclude.ts'
import { labelFigures, type LabelTarget, type Span } from './label.ts'

export { formatFigure } from './format.ts'
export { rankFigures } from './rank.ts'

/** A number token: digits, a Chinese numeral, or spelled-out English words (value already read). */
interface Token extends Span {
  text: string
  spelled?: { value: number, fraction: boolean }
}

/** A number token read together with its scale (`5000亿`, `$1.5B`, `三千五百万`). */
interface Reading {
  token: string
  value: number
  end: number
  chinese: boolean
  /** Scale written after or inside the number: Chinese `万`/`亿`, or Latin `million`/`B`. */
  scaledBy?: 'han' | 'latin'
  /** The scale's factor (1 when unscaled): a range's bare lower bound takes its upper bound's scale. */
  multiplier: number
}

interface Match extends Span {
  value: number
  kind: FigureKind
  currency?: string
  unit: string
  low?: number
  per?: string
  multiplier: number
  scaled: boolean
}

/** Digits with comma or space thousands (`1,000`, `9 710`), a decimal, or a Chinese numeral. */
const NUMBER = new RegExp(String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|\d+(?:\.\d+)?|${CHINESE_NUMERAL}`, 'g')
/** A minus sign that makes the figure negative (`-0.5%`), not a hyphen inside `10-15%`. */
const MINUS = /(?:^|[\s(（|:：,，])[-−]$/

const SCALES: Record<string, number> = {
  百: 1e2, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6,
  billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, t: 1e12, tn: 1e12,
}
/** `4000多亿`, `20幾萬`: `多`/`余`/`几` ("and more") may stand between the digits and the scale. */
const CHINESE_SCALE = /\s?[多余餘几幾]?([百千万亿萬億]+)/y
/** Scale words in any case; abbreviations only glued to the digits, so `5 Macs` keeps its `M`. */
const ENGLISH_SCALE = /\s?(thousand|million|billion|trillion)\b|(bn|mn|tn|[kKMBTmb])(?![A-Za-z])/iy
/** Money may put a space before a capital abbreviation: `$326 B/year`. */
const SPACED_MONEY_SCALE = /\s(bn|mn|tn|[KMBT])(?![A-Za-z\d-])/y
/** Lower-case `m`/`b` are metres and bits unless money is meant (`€3m`). */
const MONEY_ONLY_ABBREVIATION = /^[mb]$/

/** Recognition only: how currencies are written in text → ISO 4217. Display names come from Intl. */
const CURRENCIES: Record<string, string> = {
  '$': 'USD', 'US$': 'USD', 'HK$': 'HKD', 'NT$': 'TWD', '€': 'EUR', '£': 'GBP', '￥': 'CNY', '₹': 'INR', RMB: 'CNY',
  美元: 'USD', 美金: 'USD', 元: 'CNY', 元人民币: 'CNY', 人民币: 'CNY', 新台币: 'TWD', 台币: 'TWD', 港元: 'HKD', 港币: 'HKD',
  欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 韩元: 'KRW',
  // Traditional script: the same currencies as Taiwan and Hong Kong write them.
  新臺幣: 'TWD', 新台幣: 'TWD', 臺幣: 'TWD', 台幣: 'TWD', 港幣: 'HKD', 歐元: 'EUR', 日圓: 'JPY', 英鎊: 'GBP', 韓元: 'KRW', 人民幣: 'CNY',
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
}
const CURRENCY_PREFIX = new RegExp('(?:(?<![A-Za-z])(?:US|HK|NT)?\\$|[€£¥￥₹]'
  + '|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD|INR) ?|(?:新台币|台币|人民币|港币|美金|新臺幣|新台幣|臺幣|台幣|港幣|人民幣) ?)$')
/** After `美金 100`, `元` is the currency's unit, not the yuan: the prefix names the currency. */
const CURRENCY_SUFFIX = new RegExp('\\s?(美元|美金|元人民币|人民币|新台币|台币|港元|港币|欧元|日元|英镑|韩元|新臺幣|新台幣|臺幣|台幣|港幣|歐元|日圓|英鎊|韓元|人民幣|元)'
  + '|\\s(dollars?|euros?|pounds?|yen|yuan|USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD)\\b', 'y')

const PERCENT_PREFIX = /百分之$/
const PERCENT_POINTS = /\s?(?:个百分点|percentage points?\b|pp\b)/y
const PERCENT = /\s?(?:%|％|percent\b|per cent\b)/y
/** `三成` = 30%, but not idioms such as `一成不变` or the verb `成为`. */
const TENTHS = /成(?!不变|为|功|立|本|员|果|就|熟|长|交|绩|品|型|分|效|年|人)/y
const MULTIPLE = /\s?倍|×|x(?![A-Za-z\d])|-fold\b|\s?times\b/y
/**
 * Dates and clock times are not figures: `10月`, `15日`, `3点`; nor issue and edition numbers (`395 期`).
 * Durations are (`4 天`, `12 个月`, `7 months`): they count time.
 */
const DATE = /\s?(?:[月日号號点點期届屆版])/y
const DURATION = /\s?([个個]月|天|小时|小時|星期|[个個]?周|週|分钟|分鐘|秒钟|秒鐘|秒|年)|\s(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b/y
const CHINESE_MEASURE = /\s?[多余餘几幾]?(用户|用戶|员工|員工|人次|[辆輛家个個台臺人名次款张張部座颗顆只隻条條项項位户戶架艘枚件篇])/y
const LATIN_WORD = /\s?([A-Za-z][A-Za-z\d]*)(?![\w'])/y
/** Data sizes and rates by their abbreviations: `10 mb`, `4GB`, `100 Mbps`, `16 KiB`. */
const DATA_UNIT = /\s?((?:[KMGTP]i?B|[kmgt]b|[KMGT]bit|[kKMGT]b(?:ps|\/s)|[KMGT]B\/s))(?![A-Za-z\d])/y
const NOT_PLURAL = new Set(['this', 'thus', 'plus', 'does', 'goes', 'was', 'has', 'its', 'yes', 'less'])

/** Range connectors between two numbers: `10%–15%`, `10-15%`, `1万至2万`, `$10 to $15 billion`. */
const RANGE = /\s?[-–—~～〜]\s?|\s+to\s+|\s?[至到]\s?/y
/** `from 60% to 87%` is a change, not a range. */
const CHANGE_FROM = /(?:\bfrom|从|由)\s*$/i
/** What may stand between a range's connector and its upper bound's digits: a currency sign. */
const RANGE_PREFIX = /^(?:(?:US|HK|NT)?\$|[€£¥￥])?$/
/** A rate after money: `$0.1/kWh`, `$2 per share`, `$326B a year`, `0.5美元/股`. */
const PER_SUFFIX = /\s?\/\s?([A-Za-z]+|\p{Script=Han}{1,3})|\s+per\s+([A-Za-z]+)\b|\s+an?\s+(year|month|week|day|hour|share|head|person|user|unit)\b/uy
/** `每股0.5美元`: a Chinese rate names what it is per before the number. */
const PER_PREFIX = /每(股|吨|噸|桶|度|千瓦时|人|年|月|天|日|辆|輛|台|位|户|戶|件|个|個)$/

/** Left contexts that make a number part of something else: `第3`, `R1`, `GPT-4`, `1.2.3`, `7-11`, `数十亿`. */
const ORDINAL = /第$/
const GLUED_AFTER_LATIN = /(?:[A-Za-z][-_]?|\d[.,–-])$/
const APPROXIMATE_CHINESE = /(?:[数几]|[一二两兩三四五六七八九]、?)$/
/** `一两成`, `三四万`: two neighbouring digits say "one or two tenths", an estimate, not a figure (nor 12 tenths). */
const APPROXIMATE_PAIR = /^(?:一[二两兩]|[二两兩]三|三四|四五|五六|六七|七八|八九)/
/** A bare number stuck to what follows: `5G`, `1.2.3`, `10-K`, `3.5 Sonnet`, `501(c)(3)`. */
const GLUED_BEFORE = /[A-Za-z]|[.-][A-Za-z\d]|\s[A-Z]|\([A-Za-z\d]\)/y
/**
 * A bare number right after a noun that it names, at the end of its clause: `block 101`, `room 12`. A verb
 * (`taken 26`, `-ed`/`-en`), a function word (`was 6`, `of 26`) or a plural (`rates 12`) before it leaves it a figure.
 */
const NAMED_BY = /(?:^|\s)(?!(?:[a-z]+(?:ed|en|s)|is|was|were|are|be|been|of|at|to|by|for|from|with|than|about|over|under|around|only|just|top)\s$)[a-z]{2,}\s$/
const CLAUSE_END = /\s*(?:$|[.,;:!?)\]|，。；：！？）\n])/y
const YEAR = /^(?:1[6-9]|20)\d\d$/
/** A bare Chinese numeral is a figure when scaled: `三千五百万`, `百亿`; `千万`/`万一` are words. */
const CHINESE_BARE = /^(?:[一二两兩三四五六七八九十半].*[万亿萬億]|[百千]+[亿億])/

/**
 * Every figure in `text`, in order of appearance, non-overlapping, longest reading first. `subject` names what
 * all of `text` is about (a table row's header) and leads every label that lacks it.
 */
export function findFigures(text: string, lang: Lang, subject?: string): Figure[] {
  const matches = scan(text, lang)
  const figures: Figure[] = []
  if (matches.length === 0) return figures
  // Matches and sentences are both in text order: one sweep hands each sentence its matches.
  let next = 0
  let before: Span | undefined
  for (const sentence of sentenceSpans(text, lang)) {
    while (next < matches.length && matches[next].start < sentence.start) next++
    const first = next
    while (next < matches.length && matches[next].start < sentence.end) next++
    const inside = matches.slice(first, next)
    const previous = before
    before = sentence
    if (inside.length === 0) continue
    // The sentence before may name who a pronoun (`They're worth $100 billion`) stands for.
    const labels = once(() => labelFigures(text, sentence, inside.map(labelTarget), lang, { before: previous, subject }))
    for (const [i, match] of inside.entries()) figures.push(toFigure(text, match, text.slice(sentence.start, sentence.end), () => labels()[i]))
  }
  return figures
}

/** Time words counted by durations: the figure says how long, the label what took that long. */
const TIME_UNIT = /^(?:[个個]?月|天|小时|小時|星期|[个個]?周|週|分钟|分鐘|秒钟|秒鐘|秒|年|(?:year|month|week|day|hour|minute|second)s?)$/

/**
 * What a count counts (`flights`, `用户`) is what its label names; a measure word (`家`, `个`), a time unit or a
 * data unit (`mb`) is not.
 */
function labelTarget(match: Match): LabelTarget {
  const { start, end, kind, unit } = match
  const counted = kind === 'count' && !TIME_UNIT.test(unit) && !matchAt(DATA_UNIT, unit, 0) && (/^[A-Za-z]{2,}$/.test(unit) || /^\p{Script=Han}{2,}$/u.test(unit))
  return counted ? { start, end, counted: unit } : { start, end }
}

/**
 * A figure whose label is worked out when first read: labelling segments its sentence, and most figures found
 * (for ranking, scoring, notes) are never shown with a label.
 */
function toFigure(text: string, match: Match, sentence: string, label: () => string): Figure {
  const { start, end, value, kind, currency, unit, low, per } = match
  const figure = {
    text: text.slice(start, end), value, kind, ...(currency ? { currency } : {}), unit,
    ...(low !== undefined ? { low } : {}), ...(per ? { per } : {}), sentence, index: start,
  }
  return Object.defineProperty(figure, 'label', {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = label()
      Object.defineProperty(figure, 'label', { value, enumerable: true, writable: true, configurable: true })
      return value
    },
  }) as Figure
}

function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined
  return () => (result ??= { value: compute() }).value
}

function sentenceSpans(text: string, lang: Lang): Span[] {
  return Array.from(segments(sentenceSegmenters[lang], text), ({ segment, index }) => {
    const start = index + segment.length - segment.trimStart().length
    return { start, end: start + segment.trim().length }
  })
}

/** Left to right; each token starts after the previous figure, so the longest reading wins. */
function scan(text: string, lang: Lang): Match[] {
  const tokens = numberTokens(text)
  const matches: Match[] = []
  let floor = 0
  for (const [i, token] of tokens.entries()) {
    if (token.start < floor) continue
    const before = text.slice(floor, token.start)
    const match = readRange(text, token, tokens, i, before, lang) ?? readFigure(text, token, before, lang)
    if (match) {
      matches.push(negated(text, match, floor))
      floor = match.end
    }
  }
  return matches
}

/** `-0.5%`: a minus sign standing before the figure (not a range's hyphen) makes it negative. */
function negated(text: string, match: Match, floor: number): Match {
  if (!MINUS.test(text.slice(Math.max(floor, match.start - 2), match.start))) return match
  const low = match.low === undefined ? {} : { low: -match.value, value: -match.low }
  return { ...match, start: match.start - 1, value: -match.value, ...low }
}

/** Digit, Chinese and spelled-out number tokens in text order, without those in excluded spans. */
function numberTokens(text: string): Token[] {
  const excluded = excludedSpans(text)
  const digits: Token[] = Array.from(text.matchAll(NUMBER), match => ({ start: match.index, end: match.index + match[0].length, text: match[0] }))
  const spelled: Token[] = spelledNumbers(text).map(({ start, end, value, fraction }) => ({ start, end, text: text.slice(start, end), spelled: { value, fraction } }))
  const all = spelled.length === 0 ? digits : [...digits, ...spelled].sort((a, b) => a.start - b.start)
  // Excluded spans are sorted and disjoint: one pointer walks them beside the tokens.
  let e = 0
  return all.filter(token => {
    while (e < excluded.length && excluded[e].end <= token.start) e++
    return !(e < excluded.length && excluded[e].start < token.end)
  })
}

/**
 * `10%–15%`, `10-15%`, `1万至2万`, `$10–15 billion`: one figure over the whole range. Its value is the upper
 * bound (a number that stands in the text, and what "up to" claims), the lower bound goes in `low`.
 */
function readRange(text: string, token: Token, tokens: Token[], i: number, before: string, lang: Lang): Match | undefined {
  if (token.spelled || CHANGE_FROM.test(before)) return undefined
  const lower = readFigure(text, token, before, lang)
  const chinese = !/^\d/.test(token.text)
  const reading = read(text, token.start, token.text, chinese, lower?.kind === 'money')
  const connector = matchAt(RANGE, text, lower?.end ?? reading.end)
  if (!connector) return undefined
  const upperStart = connector.index + connector[0].length
  // Tokens inside the lower bound (the `万` of `1万`) come before the connector's end.
  let n = i + 1
  while (n < tokens.length && tokens[n].start < upperStart) n++
  const next = tokens[n]
  if (!next || next.spelled) return undefined
  const gap = text.slice(upperStart, next.start)
  if (!RANGE_PREFIX.test(gap)) return undefined
  const upper = readFigure(text, next, gap, lang, true)
  if (!upper || upper.low !== undefined) return undefined
  const compatible = !lower || lower.kind === 'number' || (lower.kind === upper.kind && lower.currency === upper.currency)
    || (lower.kind === 'money' && upper.kind === 'number')
  if (!compatible) return undefined
  // A bare lower bound takes the upper bound's scale: `$10–15 billion` starts at $10 billion.
  const scaled = lower?.scaled ?? Boolean(reading.scaledBy)
  const low = (lower?.value ?? reading.value) * (scaled ? 1 : upper.multiplier)
  // `7-11`, `28 to 33`: two bare numbers are a name or an ordinary span, not a key figure (`€100-200` is).
  const bare = (match: Match | undefined) => !match || (match.kind === 'number' && !match.scaled)
  if (!(low < upper.value) || (bare(lower) && bare(upper))) return undefined
  const kind = lower?.kind === 'money' ? 'money' : upper.kind
  const currency = lower?.currency ?? upper.currency
  return { ...upper, kind, ...(currency ? { currency, unit: currency } : {}), start: lower?.start ?? token.start, low }
}

/** `upperBound`: the token follows a range's connector, so the hyphen before it is no glue. */
function readFigure(text: string, token: Token, before: string, lang: Lang, upperBound = false): Match | undefined {
  if (token.spelled) return readSpelled(text, token, token.spelled, lang)
  const { start } = token
  const chinese = !/^\d/.test(token.text)
  const prefix = CURRENCY_PREFIX.exec(before)?.[0]
  if (prefix !== undefined) {
    const reading = read(text, start, token.text, chinese, true)
    const suffix = matchAt(CURRENCY_SUFFIX, text, reading.end)
    const currency = currencyCode(prefix.trim(), lang)
    return withRate(text, { ...money(reading, currency, suffix), start: start - prefix.length }, before.slice(0, -prefix.length))
  }
  if (PERCENT_PREFIX.test(before)) {
    const value = chinese ? parseChineseNumeral(token.text) : parseArabic(token.text)
    return { start: start - '百分之'.length, end: token.end, value, kind: 'percent', unit: '%', multiplier: 1, scaled: false }
  }
  // Glue is read from the text itself: the previous figure's end (`€100` in `€100-200`) still glues.
  const adjacent = upperBound ? before : text.slice(Math.max(0, start - 2), start)
  if (ORDINAL.test(adjacent) || (chinese ? APPROXIMATE_CHINESE : GLUED_AFTER_LATIN).test(adjacent)) return undefined
  if (chinese && APPROXIMATE_PAIR.test(token.text)) return undefined
  const measured = classify(text, read(text, start, token.text, chinese, false), before, lang)
  return measured && withRate(text, { ...measured, start }, before)
}

/** A spelled-out English number: a fraction is a percent; a scaled cardinal is classified like digits. */
function readSpelled(text: string, token: Token, { value, fraction }: { value: number, fraction: boolean }, lang: Lang): Match | undefined {
  if (fraction) return { start: token.start, end: token.end, value, kind: 'percent', unit: '%', multiplier: 1, scaled: false }
  const reading: Reading = { token: token.text, value, end: token.end, chinese: false, scaledBy: 'latin', multiplier: 1 }
  const measured = classify(text, reading, '', lang)
  return measured && { ...measured, start: token.start }
}

/** Money followed or preceded by what it is per becomes a rate: `$2 per share`, `每股0.5美元`. */
function withRate(text: string, match: Match, before: string): Match {
  if (match.kind !== 'money') return match
  const suffix = matchAt(PER_SUFFIX, text, match.end)
  if (suffix) return { ...match, end: match.end + suffix[0].length, per: suffix[1] ?? suffix[2] ?? suffix[3] }
  const prefix = PER_PREFIX.exec(before)
  return prefix ? { ...match, start: match.start - prefix[0].length, per: prefix[1] } : match
}

function read(text: string, start: number, token: string, chinese: boolean, isMoney: boolean): Reading {
  const end = start + token.length
  if (chinese) {
    const value = parseChineseNumeral(token)
    return /[万亿萬億]/.test(token)
      ? { token, value, end, chinese, scaledBy: 'han', multiplier: 1 }
      : { token, value, end, chinese, multiplier: 1 }
  }
  const base = parseArabic(token)
  const han = matchAt(CHINESE_SCALE, text, end)
  if (han) {
    const multiplier = [...han[1]].reduce((product, char) => product * SCALES[char], 1)
    return { token, value: scale(base, multiplier), end: end + han[0].length, chinese, scaledBy: 'han', multiplier }
  }
  const latin = matchAt(ENGLISH_SCALE, text, end) ?? (isMoney ? matchAt(SPACED_MONEY_SCALE, text, end) : undefined)
  const word = latin?.[1] ?? latin?.[2]
  if (!latin || !word || (!isMoney && MONEY_ONLY_ABBREVIATION.test(word))) {
    return { token, value: base, end, chinese, multiplier: 1 }
  }
  const multiplier = SCALES[word.toLowerCase()]
  return { token, value: scale(base, multiplier), end: end + latin[0].length, chinese, scaledBy: 'latin', multiplier }
}

type Measured = Omit<Match, 'start'>

/** What the number after a reading's end says it is; undefined when it is no figure. */
function classify(text: string, reading: Reading, before: string, lang: Lang): Measured | undefined {
  const after = (pattern: RegExp) => matchAt(pattern, text, reading.end)
  const { value, end, multiplier } = reading
  const scaled = Boolean(reading.scaledBy)
  const measured = (kind: FigureKind, unit: string, length: number, by = 1): Measured =>
    ({ value: value * by, kind, unit, end: end + length, multiplier, scaled })
  const points = after(PERCENT_POINTS)
  if (points) return measured('percent', 'pp', points[0].length)
  const percent = after(PERCENT)
  if (percent) return measured('percent', '%', percent[0].length)
  const tenths = after(TENTHS)
  if (tenths) return measured('percent', '%', tenths[0].length, 10)
  const multiple = after(MULTIPLE)
  if (multiple) return measured('multiple', '×', multiple[0].length)
  // Small Chinese numerals need a percent or 倍 context: `一个`, `两家`, `二元` are words, not figures.
  if (reading.chinese && value < 10) return undefined
  const currency = after(CURRENCY_SUFFIX)
  if (currency) return money(reading, currencyCode(currency[1] ?? currency[2], lang), currency)
  if (!scaled && after(DATE)) return undefined
  const duration = after(DURATION)
  // `2024年`, `二〇二四年` are years.
  if (duration) return YEAR.test(String(value)) ? undefined : measured('count', duration[1] ?? duration[2], duration[0].length)
  const data = after(DATA_UNIT)
  if (data) return measured('count', data[1], data[0].length)
  const unit = countUnit(text, reading)
  // `2023 respondents`, `2025 Financials`: a year names which ones, it does not count them.
  if (unit && !(YEAR.test(reading.token) && /^[A-Za-z]/.test(unit[1]))) return measured('count', unit[1], unit[0].length)
  return isBareFigure(text, reading, before) ? measured('number', '', 0) : undefined
}

function money(reading: Reading, currency: string, suffix: RegExpExecArray | undefined): Measured {
  const { value, end, multiplier, scaledBy } = reading
  return { value, kind: 'money', currency, unit: currency, end: end + (suffix?.[0].length ?? 0), multiplier, scaled: Boolean(scaledBy) }
}

/** `5家`, `302万辆`, `10万GPU`, `1,000 users`: a measure word, a plural noun, or an acronym after `万`/`亿`. */
function countUnit(text: string, reading: Reading): RegExpExecArray | undefined {
  const measure = matchAt(CHINESE_MEASURE, text, reading.end)
  if (measure) return measure
  const word = matchAt(LATIN_WORD, text, reading.end)
  if (!word) return undefined
  const acronym = reading.scaledBy === 'han' && /^[A-Z][A-Z\d]+$/.test(word[1])
  return isPluralNoun(word[1]) || acronym ? word : undefined
}

function isPluralNoun(word: string): boolean {
  if (word === 'people') return true
  return /^(?:[A-Za-z][a-z]+|[A-Z]{2,})s$/.test(word) && !word.endsWith('ss') && !NOT_PLURAL.has(word.toLowerCase())
}

/** A number with no unit is a figure only when it is large or scaled, and not a year or a version. */
function isBareFigure(text: string, reading: Reading, before: string): boolean {
  if (reading.chinese) return CHINESE_BARE.test(reading.token)
  if (reading.scaledBy) return true
  if (/^\d$/.test(reading.token) || YEAR.test(reading.token) || matchAt(GLUED_BEFORE, text, reading.end)) return false
  return !(NAMED_BY.test(before) && matchAt(CLAUSE_END, text, reading.end))
}

function currencyCode(written: string, lang: Lang): string {
  // `¥` is the yuan in Chinese text and the yen in English text.
  if (written === '¥') return lang === 'zh' ? 'CNY' : 'JPY'
  return CURRENCIES[written] ?? CURRENCIES[written.toLowerCase()] ?? written
}

function parseArabic(token: string): number {
  return Number(token.replace(/[,\s]/g, ''))
}

/** Multiplies without binary noise: 1.2 × 1e12 stays 1200000000000. */
function scale(value: number, multiplier: number): number {
  return Number((value * multiplier).toPrecision(12))
}

function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | undefined {
  pattern.lastIndex = position
  return pattern.exec(text) ?? undefined
}
