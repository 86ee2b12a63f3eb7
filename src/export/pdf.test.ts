import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/helpers.ts'
import { checkPdf } from './pdf.ts'

/** A PDF of `pages` pages, each with `text` on it (none when empty). */
async function pdfFile(name: string, pages: number, text: string): Promise<string> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([980, 552])
    if (text) page.drawText(text, { x: 50, y: 300, size: 24, font })
  }
  const path = join(tempDir('pdf'), name)
  writeFileSync(path, await doc.save())
  return path
}

describe('checkPdf', () => {
  it('accepts one page per slide with text on them', async () => {
    await expect(checkPdf(await pdfFile('good.pdf', 3, 'Key numbers'), 3)).resolves.toBeUndefined()
  })

  it('names a page count that is not the slide count', async () => {
    await expect(checkPdf(await pdfFile('short.pdf', 2, 'Key numbers'), 3)).rejects.toThrow('the PDF has 2 pages for 3 slides')
  })

  it('refuses pages without text: a deck that rendered blank', async () => {
    await expect(checkPdf(await pdfFile('blank.pdf', 3, ''), 3)).rejects.toThrow('the PDF has no text')
  })
})
