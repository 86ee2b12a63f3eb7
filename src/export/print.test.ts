import { PDFDict, PDFDocument, PDFName, PDFString, type PDFPage } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { DeckError } from '../errors.ts'
import { placeSlides } from './print.ts'

const MARKER = 'https://slot.invalid/test/'

/** A link annotation, as Chromium prints an `<a href>`: a /Link with a /URI action over the box. */
function addLink(page: PDFPage, uri: string, rect: [number, number, number, number]): void {
  const { context } = page.doc
  const link = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'URI', URI: PDFString.of(uri) } }))
  page.node.addAnnot(link)
}

async function deckOf(slides: number): Promise<PDFDocument> {
  const deck = await PDFDocument.create()
  for (let i = 0; i < slides; i++) deck.addPage([735, 414]).drawText(`slide ${i + 1}`)
  return deck
}

/** A two-page handout with slot i at `slots[i]` (page index) and one ordinary link on the first page. */
async function handoutWith(slots: number[]): Promise<Uint8Array> {
  const handout = await PDFDocument.create()
  const pages = [handout.addPage([596, 843]), handout.addPage([596, 843])]
  addLink(pages[0], 'https://example.com/source', [72, 773, 87, 786])
  slots.forEach((page, i) => addLink(pages[page], `${MARKER}${i}`, [96, 531, 501, 759]))
  return handout.save()
}

function uris(page: PDFPage): string[] {
  return (page.node.Annots()?.asArray() ?? []).map((_, i) => {
    const action = page.node.Annots()!.lookup(i, PDFDict).lookup(PDFName.of('A'), PDFDict)
    return action.lookup(PDFName.of('URI'), PDFString).decodeText()
  })
}

function drawnForms(page: PDFPage): number {
  return page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.keys().length ?? 0
}

describe('placeSlides', () => {
  it('draws each deck page on the handout page of its slot and removes the slot links', async () => {
    const placed = await PDFDocument.load(await placeSlides(await handoutWith([0, 1, 1]), await deckOf(3), MARKER))
    const [first, second] = placed.getPages()
    expect([drawnForms(first), drawnForms(second)]).toEqual([1, 2])
    expect(uris(first)).toEqual(['https://example.com/source'])
    expect(uris(second)).toEqual([])
  })

  it('fails when a slide has no slot or a slot was split across pages', async () => {
    await expect(placeSlides(await handoutWith([0]), await deckOf(2), MARKER)).rejects.toThrow(DeckError)
    const split = await PDFDocument.load(await handoutWith([0]))
    addLink(split.getPage(1), `${MARKER}0`, [96, 700, 501, 759])
    await expect(placeSlides(await split.save(), await deckOf(1), MARKER)).rejects.toThrow(/split slide 1/)
  })
})
