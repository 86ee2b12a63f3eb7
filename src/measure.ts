/**
 * How wide text sets in the deck's face, from Inter's measured advances (GLYPH_EM in src/config.ts), and how many
 * lines it wraps to: the planner fits bullets and table cells with it, so a slide gets the text that really fits.
 */
import { GLYPH_EM } from './config.ts'
import { displayWidth } from './text.ts'

/** Text's width in px at `fontPx` (bold type is GLYPH_EM.bold times wider). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let em = 0
  for (const char of text) em += glyphEm(char)
  return em * fontPx * (bold ? GLYPH_EM.bold : 1)
}

function glyphEm(char: string): number {
  const code = char.codePointAt(0)!
  if (code >= 0x20 && code < 0x7f) return GLYPH_EM.ascii[code - 0x20]
  const width = displayWidth(char)
  return width >= 2 ? GLYPH_EM.wide : width === 0 ? 0 : GLYPH_EM.other
}

/**
 * Lines text wraps to in `width` px at `fontPx`: breaks at spaces and between Chinese phrases (taken as four
 * characters), a word wider than the line broken inside it.
 */
export function wrappedLines(text: string, width: number, fontPx: number, bold = false): number {
  let lines = 1
  let used = 0
  for (const unit of text.match(/\s+|\p{Script=Han}{1,4}|[^\s\p{Script=Han}]+/gu) ?? []) {
    const px = textWidth(unit, fontPx, bold)
    if (/^\s/.test(unit)) {
      if (used > 0) used += px
      continue
    }
    if (used + px <= width) {
      used += px
      continue
    }
    if (used > 0) lines++
    const full = Math.max(1, Math.ceil(px / width))
    lines += full - 1
    used = px - (full - 1) * width
  }
  return lines
}
