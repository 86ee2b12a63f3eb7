/** Finds key figures (money, percentages, multiples, counts) in article text. Pure: no I/O. */
import { segments, sentenceSegmenters } from '../text.ts'
import type { Figure, FigureKind, Lang } from '../types.ts'
import { CHINESE_NUMERAL, parseChineseNumeral } from './chinese-numerals.ts'
import { labelFor, segmentWords, type Span } from './label.ts'

export { formatFigure } from './format.ts'
export { rankFigures } from './rank.ts'

/** A number token read together with its scale (`5000亿`, `$1.5B`, `三千五百万`). */
interface Reading {
  token: string
  value: number
  end: number
  chinese: boolean
  /** Scale written after or inside the number: Chinese `万`/`亿`, or Latin `million`/`B`. */
  scaledBy?: 'han' | 'latin'
}

interface Match extends Span {
  value: number
  kind: FigureKind
  currency?: string
  unit: string
}

const NUMBER = new RegExp(String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${CHINESE_NUMERAL}`, 'g')

const SCALES: Record<string, number> = {
  百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8,
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6,
  billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, t: 1e12, tn: 1e12,
}
const CHINESE_SCALE = /\s?([百千万亿]+)/y
/** Scale words in any case; abbreviations only glued to the digits, so `5 Macs` keeps its `M`. */
const ENGLISH_SCALE = /\s?(thousand|million|billion|trillion)\b|(bn|mn|tn|[kKMBTmb])(?![A-Za-z])/iy
/** Lower-case `m`/`b` are metres and bits unless money is meant (`€3m`). */
const MONEY_ONLY_ABBREVIATION = /^[mb]$/

/** Recognition only: how currencies are written in text → ISO 4217. Display names come from Intl. */
const CURRENCIES: Record<string, string> = {
  '$': 'USD', 'US$': 'USD', 'HK$': 'HKD', 'NT$': 'TWD', '€': 'EUR', '£': 'GBP', '￥': 'CNY', RMB: 'CNY',
  美元: 'USD', 美金: 'USD', 元: 'CNY', 人民币: 'CNY', 新台币: 'TWD', 台币: 'TWD', 港元: 'HKD', 港币: 'HKD',
  欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 韩元: 'KRW',
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
}
const CURRENCY_PREFIX = new RegExp('(?:(?<![A-Za-z])(?:US|HK|NT)?\\$|[€£¥￥]'
  + '|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD) ?|新台币|台币|人民币|港币)$')
const CURRENCY_SUFFIX = new RegExp('\\s?(美元|美金|人民币|新台币|台币|港元|港币|欧元|日元|英镑|韩元|元)'
  + '|\\s(dollars?|euros?|pounds?|yen|yuan|USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD)\\b', 'y')

const PERCENT_PREFIX = /百分之$/
const PERCENT_POINTS = /\s?(?:个百分点|percentage points?\b|pp\b)/y
const PERCENT = /\s?(?:%|％|percent\b|per cent\b)/y
/** `三成` = 30%, but not idioms such as `一成不变` or the verb `成为`. */
const TENTHS = /成(?!不变|为|功|立|本|员|果|就|熟|长|交|绩|品|型|分|效|年|人)/y
const MULTIPLE = /倍|×|x(?![A-Za-z\d])|-fold\b|\s?times\b/y
/** Dates, years and durations are not figures: `10月`, `2024年`, `3个月`, `7 days`. */
const TIME = /\s?个?(?:月|日|号|年|天|小时|星期|周|分钟|秒|点)|\s(?:year|month|week|day|hour|minute|second)s?\b/y
const CHINESE_MEASURE = /\s?(用户|员工|人次|[辆家个台人名次款张部座颗只条项位户架艘枚件篇])/y
const LATIN_WORD = /\s?([A-Za-z][A-Za-z\d]*)(?![\w'])/y
const NOT_PLURAL = new Set(['this', 'thus', 'plus', 'does', 'goes', 'was', 'has', 'its', 'yes', 'less'])

/** Left contexts that make a number part of something else: `第3`, `R1`, `GPT-4`, `1.2.3`, `数十亿`. */
const ORDINAL = /第$/
const GLUED_AFTER_LATIN = /(?:[A-Za-z][-_]?|\d[.,])$/
const APPROXIMATE_CHINESE = /[数几]$/
/** A bare number stuck to what follows: `5G`, `1.2.3`, `10-K`, `3.5 Sonnet`. */
const GLUED_BEFORE = /[A-Za-z]|[.-][A-Za-z\d]|\s[A-Z]/y
const YEAR = /^(?:1[6-9]|20)\d\d$/
const CHINESE_BARE = /^[一二两三四五六七八九十半].*[万亿]/


/** Every figure in `text`, in order of appearance, non-overlapping, longest reading first. */
export function findFigures(text: string, lang: Lang): Figure[] {
  const matches = scan(text, lang)
  const figures: Figure[] = []
  if (matches.length === 0) return figures
  // Matches and sentences are both in text order: one sweep hands each sentence its matches.
  let next = 0
  for (const sentence of sentenceSpans(text, lang)) {
    while (next < matches.length && matches[next].start < sentence.start) next++
    const first = next
    while (next < matches.length && matches[next].start < sentence.end) next++
    const inside = matches.slice(first, next)
    if (inside.length === 0) continue
    const words = segmentWords(text, sentence, lang)
    let previousLabel = ''
    for (const [i, match] of inside.entries()) {
      // A label stops at the nearest figure on either side; farther ones cannot matter.
      const others = [inside[i - 1], inside[i + 1]].filter(other => other !== undefined)
      // `rose 16% to $110 billion`: the second figure shares the first one's label.
      const label = labelFor(text, words, match, others, lang) || previousLabel
      previousLabel = label
      figures.push(toFigure(text, match, text.slice(sentence.start, sentence.end), label))
    }
  }
  return figures
}

function toFigure(text: string, match: Match, sentence: string, label: string): Figure {
  const { start, end, value, kind, currency, unit } = match
  return {
    text: text.slice(start, end), value, kind, ...(currency ? { currency } : {}), unit, sentence, label, index: start,
  }
}

function sentenceSpans(text: string, lang: Lang): Span[] {
  return Array.from(segments(sentenceSegmenters[lang], text), ({ segment, index }) => {
    const start = index + segment.length - segment.trimStart().length
    return { start, end: start + segment.trim().length }
  })
}

/** Left to right; each token starts after the previous figure, so the longest reading wins. */
function scan(text: string, lang: Lang): Match[] {
  const matches: Match[] = []
  let floor = 0
  for (const token of text.matchAll(NUMBER)) {
    if (token.index < floor) continue
    const match = readFigure(text, token.index, token[0], text.slice(floor, token.index), lang)
    if (match) {
      matches.push(match)
      floor = match.end
    }
  }
  return matches
}

function readFigure(text: string, start: number, token: string, before: string, lang: Lang): Match | undefined {
  const chinese = !/^\d/.test(token)
  const prefix = CURRENCY_PREFIX.exec(before)?.[0]
  if (prefix !== undefined) {
    const reading = read(text, start, token, chinese, true)
    const suffix = matchAt(CURRENCY_SUFFIX, text, reading.end)
    const currency = currencyCode(prefix.trim(), lang)
    return { ...money(reading, currency, suffix), start: start - prefix.length }
  }
  if (PERCENT_PREFIX.test(before)) {
    const value = chinese ? parseChineseNumeral(token) : parseArabic(token)
    return { start: start - '百分之'.length, end: start + token.length, value, kind: 'percent', unit: '%' }
  }
  if (ORDINAL.test(before) || (chinese ? APPROXIMATE_CHINESE : GLUED_AFTER_LATIN).test(before)) return undefined
  const measured = classify(text, read(text, start, token, chinese, false), lang)
  return measured && { ...measured, start }
}

function read(text: string, start: number, token: string, chinese: boolean, isMoney: boolean): Reading {
  const end = start + token.length
  if (chinese) {
    const value = parseChineseNumeral(token)
    return /[万亿]/.test(token) ? { token, value, end, chinese, scaledBy: 'han' } : { token, value, end, chinese }
  }
  const base = parseArabic(token)
  const han = matchAt(CHINESE_SCALE, text, end)
  if (han) {
    const multiplier = [...han[1]].reduce((product, char) => product * SCALES[char], 1)
    return { token, value: scale(base, multiplier), end: end + han[0].length, chinese, scaledBy: 'han' }
  }
  const latin = matchAt(ENGLISH_SCALE, text, end)
  const word = latin?.[1] ?? latin?.[2]
  if (!latin || !word || (!isMoney && MONEY_ONLY_ABBREVIATION.test(word))) {
    return { token, value: base, end, chinese }
  }
  const value = scale(base, SCALES[word.toLowerCase()])
  return { token, value, end: end + latin[0].length, chinese, scaledBy: 'latin' }
}

/** What the number after a reading's end says it is; undefined when it is no figure. */
function classify(text: string, reading: Reading, lang: Lang): Omit<Match, 'start'> | undefined {
  const after = (pattern: RegExp) => matchAt(pattern, text, reading.end)
  const { value, end } = reading
  const points = after(PERCENT_POINTS)
  if (points) return { value, kind: 'percent', unit: 'pp', end: end + points[0].length }
  const percent = after(PERCENT)
  if (percent) return { value, kind: 'percent', unit: '%', end: end + percent[0].length }
  const tenths = after(TENTHS)
  if (tenths) return { value: value * 10, kind: 'percent', unit: '%', end: end + tenths[0].length }
  const multiple = after(MULTIPLE)
  if (multiple) return { value, kind: 'multiple', unit: '×', end: end + multiple[0].length }
  // Small Chinese numerals need a percent or 倍 context: `一个`, `两家`, `二元` are words, not figures.
  if (reading.chinese && value < 10) return undefined
  const currency = after(CURRENCY_SUFFIX)
  if (currency) return money(reading, currencyCode(currency[1] ?? currency[2], lang), currency)
  if (!reading.scaledBy && after(TIME)) return undefined
  const unit = countUnit(text, reading)
  if (unit) return { value, kind: 'count', unit: unit[1], end: end + unit[0].length }
  return isBareFigure(text, reading) ? { value, kind: 'number', unit: '', end } : undefined
}

function money(reading: Reading, currency: string, suffix: RegExpExecArray | undefined): Omit<Match, 'start'> {
  return { value: reading.value, kind: 'money', currency, unit: currency, end: reading.end + (suffix?.[0].length ?? 0) }
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
  return /^(?:[a-z]{2,}|[A-Z]{2,})s$/.test(word) && !word.endsWith('ss') && !NOT_PLURAL.has(word)
}

/** A number with no unit is a figure only when it is large or scaled, and not a year or a version. */
function isBareFigure(text: string, reading: Reading): boolean {
  if (reading.chinese) return CHINESE_BARE.test(reading.token)
  if (reading.scaledBy) return true
  return !/^\d$/.test(reading.token) && !YEAR.test(reading.token) && !matchAt(GLUED_BEFORE, text, reading.end)
}

function currencyCode(written: string, lang: Lang): string {
  // `¥` is the yuan in Chinese text and the yen in English text.
  if (written === '¥') return lang === 'zh' ? 'CNY' : 'JPY'
  return CURRENCIES[written] ?? CURRENCIES[written.toLowerCase()] ?? written
}

function parseArabic(token: string): number {
  return Number(token.replaceAll(',', ''))
}

/** Multiplies without binary noise: 1.2 × 1e12 stays 1200000000000. */
function scale(value: number, multiplier: number): number {
  return Number((value * multiplier).toPrecision(12))
}

function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | undefined {
  pattern.lastIndex = position
  return pattern.exec(text) ?? undefined
}
