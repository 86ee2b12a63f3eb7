/** Reads a PDF back with poppler: Slidev exits 0 even when it printed blank pages. */
import { DeckError } from '../errors.ts'
import { run } from '../build/run.ts'

export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path], { what: 'pdfinfo (install poppler-utils)' })
  const match = /^Pages:\s+(\d+)/m.exec(stdout)
  if (!match) throw new DeckError(`pdfinfo did not report a page count for ${path}`)
  return Number(match[1])
}

export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { what: 'pdftotext (install poppler-utils)' })
  return stdout
}

/** One page per slide and real text on them, or a DeckError that says which is wrong. */
export async function checkPdf(path: string, expectedPages: number): Promise<void> {
  const pages = await pdfPageCount(path)
  if (pages !== expectedPages) throw new DeckError(`the PDF has ${pages} pages for ${expectedPages} slides; the export is incomplete`)
  const text = await pdfText(path)
  if (text.replace(/\s/g, '').length === 0) throw new DeckError('the PDF has no text: the deck rendered blank in Chromium')
}
