import jsqr from 'jsqr'
import { describe, expect, it } from 'vitest'
import { qrCode, qrPath, qrRuns, qrSvg, type QrCode } from './qr.ts'

/** The code as RGBA pixels, `scale` pixels a module, the way a scanner would see a print of it. */
function pixels(code: QrCode, scale: number): { data: Uint8ClampedArray, side: number } {
  const side = code.size * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const { x, y, width } of qrRuns(code)) {
    for (let row = y * scale; row < (y + 1) * scale; row++) {
      for (let column = x * scale; column < (x + width) * scale; column++) data.fill(0, (row * side + column) * 4, (row * side + column) * 4 + 3)
    }
  }
  return { data, side }
}

// jsqr's types describe its CommonJS module, whose `default` is the decoder.
const jsQR = jsqr.default

const URLS = ['https://www.youtube.com/watch?v=xqdZvtv9j4U', 'https://example.com/新闻/a?b=1&c=2#x', `https://example.com/${'long-path/'.repeat(30)}`]

describe('qrCode', () => {
  it.each(URLS)('decodes back to %s from its runs of dark modules', url => {
    const { data, side } = pixels(qrCode(url), 4)
    expect(jsQR(data, side, side)?.data).toBe(url)
  })

  it('keeps a quiet zone of four light modules on every side', () => {
    const { size, dark } = qrCode(URLS[0])
    const edge = [...dark.slice(0, 4), ...dark.slice(size - 4)].flat().concat(dark.flatMap(row => [...row.slice(0, 4), ...row.slice(size - 4)]))
    expect(edge.every(on => !on)).toBe(true)
  })
})

describe('qrRuns and qrPath', () => {
  const code: QrCode = { size: 4, dark: [[true, true, false, true], [false, false, false, false], [false, true, true, true], [true, false, false, false]] }

  it('covers exactly the dark modules, one run per horizontal stretch', () => {
    expect(qrRuns(code)).toEqual([{ x: 0, y: 0, width: 2 }, { x: 3, y: 0, width: 1 }, { x: 1, y: 2, width: 3 }, { x: 0, y: 3, width: 1 }])
    expect(qrPath(code)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3zM0 3h1v1h-1z')
  })

  it('escapes the label of the standalone SVG', () => {
    expect(qrSvg(code, '"><script>')).toContain('aria-label="&quot;&gt;&lt;script&gt;"')
  })
})
