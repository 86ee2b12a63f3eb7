/**
 * Chinese numeral → number. Deliberately hand-written: neither Intl nor the platform parses
 * numerals such as `三千五百万`, and the grammar needed for article figures is small.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }

/** Regex source for one Chinese numeral, Simplified or Traditional; `半个万亿` ("half a trillion") is the one idiom kept. */
export const CHINESE_NUMERAL = '半[个個]?[万亿萬億]+|[零〇一二两兩三四五六七八九十百千万亿萬億]+'

const HALF = /^半[个個]?/

/** Parses a string matched by `CHINESE_NUMERAL`. */
export function parseChineseNumeral(numeral: string): number {
  const half = HALF.exec(numeral)
  if (half) return 0.5 * parseChineseNumeral(numeral.slice(half[0].length))
  let result = 0
  let section = 0
  let digit = 0
  let lastBig = 0
  // Unit just before the pending digit: in `三百五`/`两万五` that digit counts in the next lower unit.
  let unitBeforeDigit = 0
  let previous = ''
  for (const char of numeral) {
    const unit = UNITS[char]
    if (unit === undefined) {
      // Consecutive digits are positional (`二〇二四`); a digit after a unit starts afresh.
      digit = previous in DIGITS ? digit * 10 + DIGITS[char] : DIGITS[char]
      unitBeforeDigit = previous in UNITS ? UNITS[previous] : 0
    } else if (unit < 1e4) {
      section += (digit || 1) * unit
      digit = 0
    } else {
      // A bare `万`/`亿` means one of it; `万亿` multiplies what came before.
      const chunk = section + digit || (result === 0 ? 1 : 0)
      result = unit > lastBig ? (result + chunk) * unit : result + chunk * unit
      lastBig = Math.max(lastBig, unit)
      section = 0
      digit = 0
    }
    previous = char
  }
  const abbreviated = previous in DIGITS && unitBeforeDigit > 10
  return result + section + (abbreviated ? digit * unitBeforeDigit / 10 : digit)
}
