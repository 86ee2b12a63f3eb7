/** Reads a PDF back with poppler: Slidev exits 0 even when it printed blank pages. */
import { DeckError } from '../errors.ts'
import { run } from '../build/run.ts'

/** A PDF's text, every page ended by a form feed (poppler's pdftotext). */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { what: 'pdftotext (install poppler-utils)' })
  return stdout
}

/** One page per slide and real text on them, or a DeckError that says which is wrong; one pdftotext run tells both. */
export async function checkPdf(path: string, expectedPages: number): Promise<void> {
  const text = await pdfText(path)
  const pages = text.split('\f').length - 1
  if (pages !== expectedPages) throw new DeckError(`the PDF has ${pages} pages for ${expectedPages} slides; the export is incomplete`)
  if (text.replace(/\s/g, '').length === 0) throw new DeckError('the PDF has no text: the deck rendered blank in Chromium')
}
