/**
 * Briefing features on built decks: presenter mode, the public build without notes, the editable PPTX (slides,
 * titles, text, notes and native charts read back from its zip; pages through LibreOffice where it is installed),
 * the handout's QR code, and Slidev's own PNG and slide-picture PPTX exports.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import JSZip from 'jszip'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { safeUrl } from '../src/escape.ts'
import { serveDeck } from '../src/export/serve.ts'
import { generateDeck } from '../src/generate.ts'
import type { DeckPlan } from '../src/types.ts'
import { compact, ENGLISH_ARTICLE, launchChromium, pdfPages, pdfQrCode, runCli, tempDir, writeArticle } from './helpers.ts'

const article = writeArticle('briefing', ENGLISH_ARTICLE)
const { plan } = generateDeck(ENGLISH_ARTICLE)
/** A sentence that only the notes carry: the last sentence of the first section's first paragraph. */
const notesOnly = 'It was the largest one-day loss for any company in history.'

function build(...args: string[]): string {
  const dir = tempDir('briefing')
  const result = runCli('deck', [article, '--out', dir, ...args])
  expect(result.stderr).not.toMatch(/^error:/m)
  expect(result.status).toBe(0)
  return dir
}

function filesText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && /\.(html|js|json)$/.test(entry.name))
    .map(entry => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

describe('presenter mode and the public build', () => {
  let browser: Browser
  let dir: string
  beforeAll(async () => {
    browser = await launchChromium()
    dir = build('--formats', 'web')
  })
  afterAll(async () => { await browser?.close() })

  it('shows slide 3\'s notes and a preview of slide 4 at /presenter/3', async () => {
    const server = await serveDeck(join(dir, 'dist'))
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${server.url}/presenter/3`)
    const note = page.locator('.slidev-note').first()
    await note.waitFor()
    expect(compact(await note.innerText())).toContain(compact(plan.slides[2].notes[0]))
    const next = page.locator('.grid-section.next')
    await next.locator('.slidev-layout').first().waitFor()
    expect(compact(await next.innerText())).toContain(compact(plan.slides[3].title))
    await page.close()
    await server.close()
  })

  it('keeps the notes in the normal build and leaves them out of the --public one', () => {
    expect(plan.slides.some(s => s.notes.some(n => n.includes(notesOnly)))).toBe(true)
    expect(filesText(join(dir, 'dist'))).toContain(notesOnly)
    expect(filesText(join(build('--formats', 'web', '--public', '--skip-check'), 'dist'))).not.toContain(notesOnly)
  })
})

/** A PPTX's slides and notes pages in order (their text runs joined, white space removed), its chart parts and its core properties. */
async function readPptx(path: string): Promise<{ slides: string[], notes: string[], charts: string[], core: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const numbered = (pattern: RegExp) => Object.keys(zip.files).filter(name => pattern.test(name))
    .sort((a, b) => Number(/\d+/.exec(basename(a))) - Number(/\d+/.exec(basename(b))))
  const text = async (name: string) => [...(await zip.file(name)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map(m => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')).join('').replace(/\s+/g, '')
  return {
    slides: await Promise.all(numbered(/^ppt\/slides\/slide\d+\.xml$/).map(text)),
    notes: await Promise.all(numbered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(text)),
    charts: numbered(/^ppt\/charts\/chart\d+\.xml$/),
    core: await zip.file('docProps/core.xml')!.async('string'),
  }
}

/** The PPTX has the deck's slides in order, each with its title and notes, a native chart per chart slide, and the deck's title. */
function expectDeck(pptx: Awaited<ReturnType<typeof readPptx>>, deck: DeckPlan): void {
  expect(pptx.slides).toHaveLength(deck.slides.length)
  deck.slides.forEach((slide, i) => {
    expect(pptx.slides[i], `slide ${i + 1}`).toContain(compact(slide.shownTitle))
    for (const paragraph of slide.notes) expect(pptx.notes[i], `notes of slide ${i + 1}`).toContain(compact(paragraph))
  })
  expect(pptx.charts).toHaveLength(deck.slides.filter(slide => slide.kind === 'chart').length)
  expect(pptx.core).toContain(`<dc:title>${deck.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</dc:title>`)
}

describe('npm run deck -- ARTICLE --formats web,pptx,handout', () => {
  let dir: string
  beforeAll(() => { dir = build('--formats', 'web,pptx,handout') })

  it('is an editable PPTX with the web deck\'s slides, titles, bullets, callout values and notes', async () => {
    // The handout printed, so the web build had the plan's slide count: the exported deck checks it before printing.
    expect(existsSync(join(dir, 'handout.pdf'))).toBe(true)
    const pptx = await readPptx(join(dir, 'deck.pptx'))
    expectDeck(pptx, plan)
    const highlights = plan.slides.findIndex(slide => slide.kind === 'highlights')
    for (const bullet of (plan.slides[highlights] as Extract<DeckPlan['slides'][number], { kind: 'highlights' }>).bullets) expect(pptx.slides[highlights]).toContain(compact(bullet.text))
    const keyNumbers = plan.slides.findIndex(slide => slide.kind === 'key-numbers')
    for (const callout of (plan.slides[keyNumbers] as Extract<DeckPlan['slides'][number], { kind: 'key-numbers' }>).callouts) expect(pptx.slides[keyNumbers]).toContain(compact(callout.value))
  })

  it('opens the handout with the source\'s QR code, which decodes to the source', () => {
    expect(pdfQrCode(join(dir, 'handout.pdf'), 1)).toBe(safeUrl(plan.source!.url))
  })

  const soffice = ['soffice', 'libreoffice'].find(command => spawnSync('which', [command]).status === 0)
  it.skipIf(!soffice)('converts in LibreOffice to a PDF of one page per slide', () => {
    const out = tempDir('soffice')
    const result = spawnSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', out, join(dir, 'deck.pptx')], { encoding: 'utf8', timeout: 300_000 })
    expect(result.status).toBe(0)
    expect(pdfPages(join(out, 'deck.pdf'))).toBe(plan.slides.length)
  })
})

describe('--formats pptx alone', () => {
  it('needs no browser and gives native charts where the deck has charts', async () => {
    const charted = join(PROJECT_ROOT, 'tests', 'corpus', 'rust-survey-2023.md')
    const deck = generateDeck(readFileSync(charted, 'utf8'), { fileName: basename(charted) }).plan
    expect(deck.slides.some(slide => slide.kind === 'chart')).toBe(true)
    const dir = tempDir('pptx')
    const result = runCli('deck', [charted, '--out', dir, '--formats', 'pptx'], { CHROME_PATH: '/nonexistent/chromium' })
    expect(result.stderr).not.toMatch(/^error:/m)
    expect(result.status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['.deck-stamp', 'deck.pptx', 'slides.md'])
    expectDeck(await readPptx(join(dir, 'deck.pptx')), deck)
  })
})

describe('other formats through Slidev\'s exporter', () => {
  it('writes one PNG per slide and a PowerPoint of slide pictures when asked', () => {
    const dir = build('--formats', 'png,pptx-images')
    const pngs = readdirSync(join(dir, 'slides-png')).filter(name => name.endsWith('.png'))
    expect(pngs).toHaveLength(plan.slides.length)
    expect(readFileSync(join(dir, 'deck-images.pptx')).subarray(0, 2).toString()).toBe('PK')
  })
})
