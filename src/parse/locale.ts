/** Traditional or Simplified: the share of Han characters that OpenCC's Traditional → Simplified conversion changes. */
import { Converter } from 'opencc-js/t2cn'
import type { ConverterFunction } from 'opencc-js/t2cn'
import type { Lang, Locale } from '../types.ts'

/**
 * Above this share of changed Han characters the text is Traditional. Measured on the built-in article:
 * 0 in its Simplified original, 0.29 in OpenCC's Traditional (Taiwan) rendering of it.
 */
const TRADITIONAL_SHARE = 0.05
/** Enough Han text to tell the script; more only costs time. */
const SAMPLE = 20_000

let toSimplified: ConverterFunction | undefined

export function detectLocale(text: string, lang: Lang): Locale {
  if (lang !== 'zh') return 'en'
  toSimplified ??= Converter({ from: 't', to: 'cn' })
  const han = Array.from(text.matchAll(/\p{Script=Han}+/gu), m => m[0]).join('').slice(0, SAMPLE)
  if (han.length === 0) return 'zh-CN'
  // The conversion maps character for character (phrases to phrases of the same length), so positions line up.
  const simplified = toSimplified(han)
  let changed = 0
  for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++
  return changed / han.length >= TRADITIONAL_SHARE ? 'zh-TW' : 'zh-CN'
}
