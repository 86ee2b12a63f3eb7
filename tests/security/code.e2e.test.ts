/**
 * Code blocks of a hostile technical post, built to web by the CLI and opened in Chromium: each code slide shows its
 * code literally (highlighted by Slidev's Shiki), nothing of it runs or becomes Slidev syntax (slides, notes,
 * snippets, slots, Monaco, Mermaid), and no request leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser/core'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDeck, type DeckServer } from '../../src/export/serve.ts'
import { PROJECT_ROOT } from '../../src/cli/paths.ts'
import { generateDeck } from '../../src/generate.ts'
import type { DeckPlan, SlideOf } from '../../src/types.ts'
import { launchChromium, runCli, tempDir, writeArticle } from '../helpers.ts'

/** One section per block, each with a sentence, so every block gets its own code slide. */
const BLOCKS: [info: string, code: string][] = [
  ['ts', 'const fence = "```"\n```\n````js\n~~~\nconsole.log(fence)'],
  ['vue', '<template>{{ globalThis.__pwned = 1 }} {{ 7*191 }}</template>\n<script setup>\nglobalThis.__pwned = 1\n</script>'],
  ['html', '<!-- a comment -->\n<!--\n---\n--- x\n-->\n<style>body { display: none }</style>'],
  ['md', '<<< @/package.json\n::right::\n$$ \\href{javascript:alert(1)}{x} $$\n---\nlayout: iframe\nsrc: http://203.0.113.9/'],
  ['js {monaco-run}', 'globalThis.__pwned = 1\nfetch("http://203.0.113.9/x")'],
  ['mermaid', 'graph TD\n  A[<img src=x onerror="globalThis.__pwned=1">] --> B'],
  ['md magic-move', '```js\nglobalThis.__pwned = 1\n```'],
]

const ARTICLE = `# Hostile code

${BLOCKS.map(([info, code], i) => `## Example ${i + 1}

This example shows ${i + 1} way to break a deck.

${'`'.repeat(6)}${info}
${code}
${'`'.repeat(6)}
`).join('\n')}`

let browser: Browser
let server: DeckServer
let plan: DeckPlan
let markdown: string

beforeAll(async () => {
  const article = writeArticle('hostile-code', ARTICLE)
  ;({ plan, markdown } = generateDeck(readFileSync(article, 'utf8'), { minutes: 30, addonRoot: PROJECT_ROOT }))
  const dir = tempDir('hostile-code')
  const result = runCli('deck', [article, '--out', dir, '--formats', 'web', '--duration', '30'])
  expect(result.stderr).not.toMatch(/^error:/m)
  expect(result.status).toBe(0)
  expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(markdown)
  server = await serveDeck(join(dir, 'dist'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const codeSlides = () => plan.slides.flatMap((slide, i) => slide.kind === 'code' ? [{ no: i + 1, slide: slide as SlideOf<'code'> }] : [])

describe('hostile code on slides', () => {
  it('gives every block a code slide of its own, and Slidev reads exactly the planned slides with no notes in them', () => {
    expect(codeSlides().map(({ slide }) => slide.code)).toEqual(BLOCKS.map(([, code]) => code))
    const slides = parseSync(markdown, 'slides.md').slides
    expect(slides).toHaveLength(plan.slides.length)
    for (const { no } of codeSlides()) {
      expect(slides[no - 1].note ?? '').toBe('')
      expect(Object.keys(slides[no - 1].frontmatter).sort()).toEqual(['class', 'layout'])
    }
  })

  it('names no Slidev code transformer: the fence carries a plain language or none', () => {
    const infos = [...markdown.matchAll(/^(`{3,})([^`\n]*)\n[\s\S]*?\n\1$/gm)].map(fence => fence[2])
    expect(infos).toEqual(['ts', 'vue', 'html', '', 'js', '', ''])
  })

  it('shows each block literally, runs nothing and loads nothing from outside 127.0.0.1', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const origin = new URL(server.url).origin
    const requests: string[] = []
    const events: string[] = []
    page.on('request', request => { requests.push(request.url()) })
    page.on('pageerror', error => { events.push(`pageerror: ${error.message}`) })
    page.on('dialog', dialog => {
      events.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.route('**/*', route => {
      const url = route.request().url()
      return url.startsWith(`${origin}/`) || /^(data|blob):/.test(url) ? route.continue() : route.abort()
    })
    for (const { no, slide } of codeSlides()) {
      await page.goto(`${server.url}/${no}`)
      const code = page.locator('.slidev-page:visible .slidev-layout pre.slidev-code')
      await code.waitFor()
      expect(await code.count(), `slide ${no}`).toBe(1)
      expect((await code.innerText()).replace(/\n$/, ''), `slide ${no}`).toBe(slide.code)
      // Highlighted by Shiki: tokens in spans, no Monaco editor, no Mermaid diagram (the one icon is Slidev's copy button).
      expect(await page.locator('.slidev-page:visible .slidev-layout pre.shiki span').count(), `slide ${no}`).toBeGreaterThan(0)
      expect(await page.locator('.slidev-page:visible .slidev-layout :is(.slidev-monaco-container, .mermaid, svg:not(.slidev-icon), img, iframe, style)').count(), `slide ${no}`).toBe(0)
      await page.waitForTimeout(150)
      expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), `slide ${no}`).toBeUndefined()
    }
    await page.close()
    expect(events).toEqual([])
    expect(requests.filter(url => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([])
  })
})
