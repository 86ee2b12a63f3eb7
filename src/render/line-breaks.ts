/**
 * Where a Chinese line may break: CSS breaks CJK text between any two characters, so a line can end inside a
 * figure (「5000|亿美元」) or a word (「蒸|发」). The renderer sets Chinese text with `word-break: keep-all` and
 * marks the allowed breaks with U+200B ZERO WIDTH SPACE: between phrases where both BudouX (phrases) and
 * Intl.Segmenter (words) see a boundary, never inside a figure, never next to punctuation (whose own line-break
 * rules keep 「，」 off a line start).
 */
import { loadDefaultSimplifiedChineseParser, loadDefaultTraditionalChineseParser } from 'budoux'
import { figuresIn } from '../plan/figures-in.ts'
import { segments, wordSegmenters } from '../text.ts'
import type { Locale } from '../types.ts'

export const BREAK_HINT = '\u200B'

const parsers = { 'zh-CN': loadDefaultSimplifiedChineseParser(), 'zh-TW': loadDefaultTraditionalChineseParser() }
const BREAKABLE = /[\p{L}\p{N}]/u

export function withBreakHints(text: string, locale: Locale): string {
  if (locale === 'en' || !/\p{Script=Han}/u.test(text)) return text
  const phraseEnds = new Set<number>()
  let offset = 0
  for (const phrase of parsers[locale].parse(text)) phraseEnds.add(offset += phrase.length)
  const wordEnds = new Set(Array.from(segments(wordSegmenters.zh, text), ({ index, segment }) => index + segment.length))
  const figures = figuresIn(text, 'zh').map(f => ({ start: f.index, end: f.index + f.text.length }))
  let out = ''
  for (let i = 0; i < text.length; i++) {
    out += text[i]
    const end = i + 1
    if (end < text.length && phraseEnds.has(end) && wordEnds.has(end)
      && BREAKABLE.test(text[i]) && BREAKABLE.test(text[end])
      && !figures.some(f => f.start < end && end < f.end)) out += BREAK_HINT
  }
  return out
}
