/**
 * Stretches of text whose digits are no figures: code, URLs, markup, dates, clock times, versions,
 * citation markers, phone and section numbers, product and model names. Pure: no I/O.
 *
 * Hand-written on purpose: each is a well-known lexical shape that a regular expression states exactly,
 * and no maintained library recognises this mix in running prose.
 */
import type { Span } from './label.ts'

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?'
/** Layout properties whose values are sizes: `width: 100%` in pasted CSS. */
const CSS_PROPERTY = '(?:(?:min-|max-)?(?:width|height)|padding|font-size|line-height|letter-spacing|opacity|z-index'
  + '|flex(?:-basis|-grow|-shrink)?|border(?:-[a-z]+)*)'
/** Any other declaration whose value has a CSS length unit: `margin: 0 16px`, `top: 2rem`. */
const CSS_LENGTH = String.raw`\b[a-z]+(?:-[a-z]+)*\s*:\s*[-\d.\s]*\d(?:px|em|rem|vh|vw|pt)\b[^;\n}]*`
/** Words that say a number is a position in a document or a series: `section 1.2`, `Table 2`, `page 10–15`. */
const POSITION_WORD = '(?:sections?|sec\\.|chapters?|ch\\.|figure|fig\\.|table|step|part|appendix|pages?|pp?\\.'
  + '|no\\.|item|article|clause|paragraph|rule|vol(?:ume)?\\.?|issue|episode|ep\\.|season|level'
  + '|stage|phase|round|line|row|column|slide|§|#)'

const PATTERNS: RegExp[] = [
  // Code: fenced blocks and inline spans.
  /```[\s\S]*?```|`[^`\n]+`/g,
  // URLs (ASCII: a URL ends where CJK text goes on), bare domains with a path, and Markdown link targets.
  /\b(?:https?|ftp):\/\/[!#-&(-;=?-~]+|\bwww\.[!#-&(-;=?-~]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|gov|edu|cn|co|uk|de|jp)\/[!#-&(-;=?-~]*|\]\([^)\s]*\)/gi,
  // HTML tags (with their attributes), attribute pairs and CSS declarations.
  /<\/?[A-Za-z][^<>]*>|\b[A-Za-z-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*')/g,
  new RegExp(`\\b${CSS_PROPERTY}\\s*:\\s*[^;\\n}]*|${CSS_LENGTH}`, 'g'),
  // Dates: 2024-10-01, 10/01/2024, Oct 3, 2024, 3 October 2024, 2024年3月15日.
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+Z?)?(?!\d)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{2,4}年\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号]/g,
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4}\\b)?`, 'g'),
  // Clock times and time stamps: (3:20), [22:00], 00:03:20, 9:30 am.
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?|\s?[+-]\d{4}\b)?(?![\d:])/gi,
  // Versions: v1.2.3, 1.2.3.
  /\bv\d+(?:\.\d+)*\b|\b\d+(?:\.\d+){2,}\b/gi,
  // Citation markers: [1], [[1]], [1, 2], [^1], ^1, 【1】; bracketed intervals: [-1.7%, -0.2%].
  /\[\[?\^?\d+(?:\s*[-–,]\s*\d+)*\]\]?|\[\^\w+\]|\^\d+|【\d+】|\[\s*[-−]?[\d.]+%?\s*,\s*[-−]?[\d.]+%?\s*\]/g,
  // Phone numbers: +1 415-555-0100, (415) 555-0100, 010-12345678, 138 0013 8000.
  /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{2,4}[\s.-])\d{3,4}[\s.-]\d{4,5}(?!\d)|\+\d{7,15}\b|\b0\d{2,3}-\d{7,8}\b|(?<!\d)1[3-9]\d{9}(?!\d)/g,
  // Section and other position numbers: `section 1.2`, `§ 3`, a heading's `1.2 Background`.
  new RegExp(`(?<![\\w])${POSITION_WORD}\\s*\\d+(?:\\.\\d+)*(?:\\s*[-–]\\s*\\d+)?`, 'gi'),
  /^[ \t]*\d+(?:\.\d+)+\.?(?=[ \t]+(?:[A-Z]|(?![百千万亿])\p{Script=Han}))/gmu,
]

/**
 * A name (capitalised or camel-cased word, not a function word) followed by number parts: `RTX 4090`,
 * `iPhone 14`, `Model 3`, `GPT-4o`, `Llama 3 70B`, `Python 3.12`, `AMD EPYC 7542`. A part followed by a
 * percent, a scale word or `倍`/`万`/`亿` is a figure about the name (`Nvidia 16%`) and ends the name.
 */
const NAME_NUMBER = /(?<![A-Za-z\d])((?:[A-Z]|[a-z]+[A-Z])[\p{L}]*)((?:[ -]\d[\w.]*(?![\w.]*\s?(?:(?:percent|million|billion|trillion|thousand|times)\b|[%％倍万亿])))+)/gu

/** Capitalised words that open a sentence before a figure: `Over 1,000 users`, `About 30%`. */
const FUNCTION_WORDS = new Set(('over about around roughly nearly almost approximately some more less fewer only just '
  + 'the a an in on at by for from to of with and or but as than up down since until after before during within '
  + 'between under above below into per each every all both another other its their his her our your my we they '
  + 'it he she you i there here this that these those then when while if so yet nor also still even just plus '
  + 'minus is was were are be been has had have do does did will would can could may might must should '
  + 'total totalling totaling net gross').split(' '))

/** Excluded spans of `text`, sorted by start and merged. */
export function excludedSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(NAME_NUMBER)) {
    if (FUNCTION_WORDS.has(match[1].toLowerCase())) continue
    spans.push({ start: match.index, end: match.index + match[0].length })
  }
  return merge(spans)
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}
