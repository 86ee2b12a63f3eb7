/**
 * The article's source as a QR code, drawn as vector shapes wherever it appears (closing slide, handout, PPTX),
 * so it prints crisp at any size. uqr encodes; this module only turns its matrix into rectangles and a path.
 * Pure and dependency-light: the deck's Vue component imports it in the browser too.
 */
import { encode } from 'uqr'
import { escapeHtml } from './escape.ts'

/** A QR code's modules, quiet zone included: `dark[row][column]`. */
export interface QrCode {
  /** Modules per side. */
  size: number
  dark: boolean[][]
}

/** A run of dark modules in one row, in module units. */
export interface QrRun {
  x: number
  y: number
  width: number
}

/**
 * Medium error correction survives a smudged print; the four-module quiet zone is the margin the standard
 * (ISO/IEC 18004) asks for, so a scanner finds the code on any background.
 */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { ecc: 'M', border: 4 })
  return { size, dark: data }
}

/** Horizontal runs of dark modules: one shape per run keeps the drawing small (about a third of the modules). */
export function qrRuns({ dark }: QrCode): QrRun[] {
  const runs: QrRun[] = []
  dark.forEach((row, y) => {
    let start = -1
    row.forEach((on, x) => {
      if (on && start < 0) start = x
      if (start >= 0 && (!on || x === row.length - 1)) {
        runs.push({ x: start, y, width: (on ? x + 1 : x) - start })
        start = -1
      }
    })
  })
  return runs
}

/** SVG path data for the dark modules, in module units (viewBox `0 0 size size`); one path, so it is one vector shape. */
export function qrPath(code: QrCode): string {
  return qrRuns(code).map(({ x, y, width }) => `M${x} ${y}h${width}v1h-${width}z`).join('')
}

/** The code as a standalone SVG element (handout): dark modules on a white square, sized by the caller's CSS. */
export function qrSvg(code: QrCode, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}">`
    + `<rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${qrPath(code)}" fill="#000"/></svg>`
}
