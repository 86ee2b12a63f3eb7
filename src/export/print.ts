/**
 * What pdf-lib adds to Chromium's prints: the deck PDF's title and outline, and the handout's slides, drawn as
 * the deck PDF's own pages (vector: text stays text, and the file stays small) into the slots the handout left.
 */
import { createRequire } from 'node:module'
import type { PDFDict, PDFDocument, PDFEmbeddedPage, PDFObject, PDFPage, PDFRef } from 'pdf-lib'
import { DeckError } from '../errors.ts'
import type { DeckPlan } from '../types.ts'
import { SLOT_WIDTH_MM } from './handout.ts'

// Required as CommonJS, which its entry is: imported as ESM, Node first scans its ≈ 200 modules for their exports (≈ 0.1 s).
const pdf = createRequire(import.meta.url)('pdf-lib') as typeof import('pdf-lib')

const POINTS_PER_MM = 72 / 25.4

/**
 * pdf-lib by default yields to the event loop every 100 objects it parses and every 50 it writes, a timer tick each:
 * half the time of loading and saving a deck (≈ 0.1 s of 0.15 s). In one go, the event loop waits ≈ 0.07 s instead.
 */
const AT_ONCE = { load: { parseSpeed: Infinity }, save: { objectsPerTick: Infinity } }

/** The deck as Chromium printed it, with the title shown in the window bar and one bookmark per slide. */
export async function titledDeck(printed: Uint8Array, plan: DeckPlan): Promise<Uint8Array> {
  const doc = await loadDeck(printed, plan)
  doc.setTitle(plan.title, { showInWindowTitleBar: true })
  addOutline(doc, plan.slides.map(slide => slide.title))
  return doc.save(AT_ONCE.save)
}

/** The deck as Chromium printed it, with one page per slide or a DeckError. */
export async function loadDeck(printed: Uint8Array, plan: DeckPlan): Promise<PDFDocument> {
  const doc = await pdf.PDFDocument.load(printed, AT_ONCE.load)
  if (doc.getPageCount() !== plan.slides.length) {
    throw new DeckError(`Chromium printed ${doc.getPageCount()} pages for ${plan.slides.length} slides; a slide overflows its page`)
  }
  return doc
}

/**
 * One bookmark per page, titled `titles[i]`. pdf-lib has no outline API, so this writes the PDF structure
 * (PDF 32000-1, 12.3.3): an /Outlines dictionary whose items form a doubly linked list, each with a /Dest.
 */
function addOutline(doc: PDFDocument, titles: string[]): void {
  const { context } = doc
  const pages = doc.getPages()
  const root = context.nextRef()
  const items: PDFRef[] = titles.map(() => context.nextRef())
  titles.forEach((title, i) => {
    context.assign(items[i], context.obj({
      Title: pdf.PDFHexString.fromText(title), // UTF-16: titles are Chinese
      Parent: root,
      ...(i > 0 && { Prev: items[i - 1] }),
      ...(i < items.length - 1 && { Next: items[i + 1] }),
      Dest: [pages[i].ref, 'Fit'],
    }))
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: items[0], Last: items[items.length - 1], Count: items.length }))
  doc.catalog.set(pdf.PDFName.of('Outlines'), root)
  doc.catalog.set(pdf.PDFName.of('PageMode'), pdf.PDFName.of('UseOutlines'))
}

/** Where a slot landed: its handout page and the centre of its box, in PDF points. */
interface Slot {
  page: PDFPage
  x: number
  y: number
}

/**
 * Draws deck page i over handout slot i. Chromium prints each slot's link (`${marker}${i}`) as a link annotation
 * on the slot's page, with the box's rectangle snapped outward to whole pixels; the centre stays exact to
 * ±0.4 pt, and the size is the one handout.ts gave the box. The marker links are removed: they lead nowhere.
 */
export async function placeSlides(handoutPdf: Uint8Array, deck: PDFDocument, marker: string): Promise<Uint8Array> {
  const handout = await pdf.PDFDocument.load(handoutPdf, AT_ONCE.load)
  const slots = takeSlots(handout, marker)
  // One call, so fonts the slides share are copied once.
  const slides = await handout.embedPdf(deck, deck.getPageIndices())
  slides.forEach((slide, i) => {
    const slot = slots.get(i)
    if (!slot) throw new DeckError(`the handout has no place for slide ${i + 1}; Chromium did not print its slot`)
    drawSlide(slot, slide)
  })
  return handout.save(AT_ONCE.save)
}

function drawSlide({ page, x, y }: Slot, slide: PDFEmbeddedPage): void {
  const width = SLOT_WIDTH_MM * POINTS_PER_MM
  const height = width * slide.height / slide.width
  page.drawPage(slide, { x: x - width / 2, y: y - height / 2, width, height })
}

/** Finds the marker links on every page, removes them, and returns where each slot is, by slide index. */
function takeSlots(doc: PDFDocument, marker: string): Map<number, Slot> {
  const slots = new Map<number, Slot>()
  for (const page of doc.getPages()) {
    const annots = page.node.Annots()
    if (!annots) continue
    const kept: PDFObject[] = []
    annots.asArray().forEach((entry, i) => {
      const annot = annots.lookup(i, pdf.PDFDict)
      const index = slotIndex(annot, marker)
      if (index === undefined) {
        kept.push(entry)
        return
      }
      if (slots.has(index)) throw new DeckError(`the handout split slide ${index + 1}'s place across pages`)
      const rect = annot.lookup(pdf.PDFName.of('Rect'), pdf.PDFArray)
      const [left, bottom, right, top] = [0, 1, 2, 3].map(n => rect.lookup(n, pdf.PDFNumber).asNumber())
      slots.set(index, { page, x: (left + right) / 2, y: (bottom + top) / 2 })
      if (entry instanceof pdf.PDFRef) doc.context.delete(entry)
    })
    page.node.set(pdf.PDFName.of('Annots'), doc.context.obj(kept))
  }
  return slots
}

function slotIndex(annot: PDFDict, marker: string): number | undefined {
  const action = annot.lookupMaybe(pdf.PDFName.of('A'), pdf.PDFDict)
  const uri = action?.lookupMaybe(pdf.PDFName.of('URI'), pdf.PDFString, pdf.PDFHexString)?.decodeText()
  return uri?.startsWith(marker) ? Number(uri.slice(marker.length)) : undefined
}
