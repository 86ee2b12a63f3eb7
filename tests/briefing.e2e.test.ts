/** Briefing features on built decks: presenter mode, the public build without notes, PNG and PPTX exports. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDeck } from '../src/build/serve.ts'
import { generateDeck } from '../src/generate.ts'
import { compact, ENGLISH_ARTICLE, launchChromium, runCli, tempDir, writeArticle } from './helpers.ts'

const article = writeArticle('briefing', ENGLISH_ARTICLE)
const { plan } = generateDeck(ENGLISH_ARTICLE)
/** A sentence that only the notes carry: the second sentence of the first section's first paragraph. */
const notesOnly = 'Nvidia fell 17% in one day, erasing about $600 billion of value.'

function build(...args: string[]): string {
  const dir = tempDir('briefing')
  const result = runCli('deck.ts', [article, '--out', dir, ...args])
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

describe('other formats through Slidev\'s exporter', () => {
  it('writes one PNG per slide and a PPTX when asked', () => {
    const dir = build('--formats', 'png,pptx')
    const pngs = readdirSync(join(dir, 'slides-png')).filter(name => name.endsWith('.png'))
    expect(pngs).toHaveLength(plan.slides.length)
    expect(existsSync(join(dir, 'deck.pptx'))).toBe(true)
    expect(readFileSync(join(dir, 'deck.pptx')).subarray(0, 2).toString()).toBe('PK')
  })
})
