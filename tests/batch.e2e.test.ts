/** Many articles in one run (`--out-dir`), and one writer per output folder. Kept small: two tiny decks are built. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-chromium'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { LOCK } from '../src/config.ts'
import { serveDeck } from '../src/export/serve.ts'
import { generateDeck } from '../src/generate.ts'
import { ENGLISH_ARTICLE, PLAIN_POST, launchChromium, runCli, spawnCli, tempDir, type CliResult } from './helpers.ts'

const SHOP_POST = `# A Year of Running a Corner Shop

We opened the shop in March with twelve shelves and one fridge. Sales grew slowly at first.

By December we had 300 regular customers. Bread and milk were half of what we sold.

Next year we will open on Sundays and try a small coffee corner.
`

function runCliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli('deck', args)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => { stdout += chunk })
    child.stderr.on('data', chunk => { stderr += chunk })
    child.on('error', reject)
    child.on('close', code => resolve({ status: code ?? -1, stdout, stderr }))
  })
}

describe('npm run deck -- FOLDER --out-dir DIR', () => {
  const articles = tempDir('batch-in')
  const out = tempDir('batch-out')
  let first: CliResult
  let browser: Browser

  beforeAll(async () => {
    writeFileSync(join(articles, 'garden.md'), PLAIN_POST)
    writeFileSync(join(articles, 'shop.md'), SHOP_POST)
    writeFileSync(join(articles, 'empty.md'), '\n  \n')
    first = runCli('deck', [articles, '--out-dir', out, '--formats', 'web,pdf'])
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  it('builds the good articles, reports the broken one in the summary and exits 1', () => {
    expect(first.status).toBe(1)
    const rows = first.stdout.trim().split('\n')
    expect(rows[0]).toMatch(/^article +slides +result$/)
    expect(rows.find(row => row.includes('empty.md'))).toMatch(/ – +failed: the article is empty; give a Markdown file/)
    expect(rows.find(row => row.includes('garden.md'))).toMatch(/ \d+ +built in \d+\.\d s → .*\/garden$/)
    expect(rows.find(row => row.includes('shop.md'))).toMatch(/ \d+ +built in \d+\.\d s → .*\/shop$/)
    expect(first.stderr.split('\n').filter(line => line.startsWith('error:'))).toEqual(['error: 1 of 3 articles failed (table above); fix them and run again: the built decks are skipped as unchanged'])
    for (const name of ['garden', 'shop']) {
      expect(existsSync(join(out, name, 'dist', 'index.html')), name).toBe(true)
      expect(existsSync(join(out, name, 'deck.pdf')), name).toBe(true)
    }
    expect(existsSync(join(out, 'empty'))).toBe(false)
  })

  it('lists the two decks in DIR/index.html with their titles, slide counts and links', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    for (const [name, article] of [['garden', PLAIN_POST], ['shop', SHOP_POST]]) {
      const { plan } = generateDeck(article, { fileName: `${name}.md` })
      expect(html).toContain(`<strong>${plan.title}</strong> <span>${plan.slides.length} slides</span> <a href="${name}/dist/">slides</a> · <a href="${name}/deck.pdf">PDF</a>`)
    }
    expect(html).not.toContain('empty')
  })

  it('serves every deck from DIR as it is: the web deck loads under its folder', async () => {
    const server = await serveDeck(out)
    try {
      const page = await browser.newPage()
      const slide = page.locator('.slidev-page:visible .slidev-layout')
      await page.goto(`${server.url}/shop/dist/1`)
      await slide.waitFor()
      expect(await slide.innerText()).toContain('A Year of Running a Corner Shop')
      // A slide's own address, as a reload or a shared link asks for it: the deck's index.html answers.
      await page.goto(`${server.url}/shop/dist/2`)
      await slide.waitFor()
      expect((await slide.innerText()).trim()).not.toBe('')
      await page.close()
    } finally {
      await server.close()
    }
  })

  it('skips the built decks on a second run and still lists them', () => {
    const again = runCli('deck', [articles, '--out-dir', out, '--formats', 'web,pdf'])
    expect(again.status).toBe(1)
    expect(again.stdout).toMatch(/garden\.md +\d+ +unchanged in \d+\.\d s/)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="shop/dist/">')
  })
})

describe('one writer per output folder', () => {
  const article = join(tempDir('lock-in'), 'chips.md')
  writeFileSync(article, ENGLISH_ARTICLE)

  it('two runs into one folder both succeed, one after the other, and leave whole outputs', async () => {
    const dir = tempDir('lock')
    const runs = await Promise.all([0, 1].map(() => runCliAsync([article, '--out', dir, '--formats', 'pptx'])))
    for (const run of runs) expect(run.status, run.stderr).toBe(0)
    // The one that came second either waited for the first, or started after it and found nothing to do.
    expect(runs.some(run => /waiting for another run \(PID \d+\)|nothing changed since the last run/.test(run.stderr))).toBe(true)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(generateDeck(ENGLISH_ARTICLE, { fileName: 'chips.md', addonRoot: PROJECT_ROOT }).markdown)
    const pptx = await JSZip.loadAsync(readFileSync(join(dir, 'deck.pptx')))
    expect(Object.keys(pptx.files)).toContain('ppt/presentation.xml')
    expect(existsSync(join(dir, LOCK.file))).toBe(false)
  })

  it('takes over a lock left by a run that died', () => {
    const dir = tempDir('stale')
    mkdirSync(dir, { recursive: true })
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)
    writeFileSync(join(dir, LOCK.file), JSON.stringify({ pid: dead, host: hostname(), token: 'left-behind' }))
    const result = runCli('deck', [article, '--out', dir, '--formats', 'pptx'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).not.toContain('waiting')
    expect(existsSync(join(dir, 'deck.pptx'))).toBe(true)
    expect(existsSync(join(dir, LOCK.file))).toBe(false)
  })
})
