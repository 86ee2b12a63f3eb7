/**
 * Every deck we have an article for, judged as its audience sees it: the built-in article, the English fixture, the
 * plain post and English article of helpers.ts, the stress article and the 14 real articles of tests/corpus. Each is
 * built once by `npm run deck` (whose own overflow check runs then) and opened once on its /export page, where its
 * type sizes, placement, slide numbers, accessibility and visible text are read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExportedDeck } from '../src/export/exported-deck.ts'
import { formatAccessibilityReport, type AccessibilityReport } from '../src/check/accessibility.ts'
import { formatDesignFailure, type DesignReport } from '../src/check/design.ts'
import type { SlideText } from '../src/check/slide-text.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { BUDGET } from '../src/config.ts'
import { compact, launchChromium, PLAIN_POST, runCli, tempDir, writeArticle } from './helpers.ts'
import { stressArticle } from './stress.ts'

/** What tests/corpus/corpus.json says about an article. */
interface CorpusEntry {
  file: string
  /** The title its cover must show; empty when the article has none of its own. */
  title: string
  h2: string[]
  transcript: boolean
}

interface DeckCase {
  name: string
  article: () => string
  expected?: CorpusEntry
}

const CORPUS = join(PROJECT_ROOT, 'tests', 'corpus')
const corpus: CorpusEntry[] = JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8'))

const DECKS: DeckCase[] = [
  { name: 'built-in article', article: () => join(PROJECT_ROOT, 'articles', 'deepseek-nvidia.md') },
  { name: 'English fixture', article: () => join(PROJECT_ROOT, 'tests', 'fixtures', 'english.md') },
  { name: 'plain post', article: () => writeArticle('plain', PLAIN_POST) },
  { name: 'stress article', article: () => writeArticle('stress', stressArticle()) },
  // Built where they are: their local images sit next to them.
  ...corpus.map(entry => ({ name: entry.file, article: () => join(CORPUS, entry.file), expected: entry })),
]

/** Things an article holds that must never reach a slide as text. */
const LEAKS: { what: string, pattern: RegExp }[] = [
  { what: 'front matter', pattern: /\+\+\+|^[ \t]*title[ \t]*:|\.title[ \t]*=/im },
  { what: 'HTML', pattern: /<(?:div|br|script|center)\b|<\//i },
  { what: 'template syntax', pattern: /\{%|%\}|\{\{|\}\}/ },
]

interface Measured {
  design: DesignReport
  accessibility: AccessibilityReport
  slides: SlideText[]
  /** Every speaker note of the deck, as the presenter reads it. */
  notes: string[]
}

interface Built {
  status: number
  stderr: string
  measured?: Measured
}

let browser: Browser
beforeAll(async () => { browser = await launchChromium() })
afterAll(async () => { await browser?.close() })

/** `npm run deck -- ARTICLE --out DIR --formats web`, then the built deck measured on one page load. */
async function buildAndMeasure(article: string): Promise<Built> {
  const dir = tempDir('decks')
  const { status, stderr } = runCli('deck', [article, '--out', dir, '--formats', 'web'])
  if (status !== 0) return { status, stderr }
  const deck = await openExportedDeck({ distDir: join(dir, 'dist'), browser })
  try {
    const measured = {
      design: await deck.checkDesign(),
      accessibility: await deck.checkAccessibility(),
      slides: await deck.readSlides(),
      notes: notesOf(readFileSync(join(dir, 'slides.md'), 'utf8')),
    }
    return { status, stderr, measured }
  } finally {
    await deck.close()
  }
}

/** Speaker notes are slides.md's HTML comments, their text escaped by src/escape.ts's markdownText: undone here. */
function notesOf(markdown: string): string[] {
  return Array.from(markdown.matchAll(/^<!--\n([\s\S]*?)\n-->$/gm), match =>
    match[1].replace(/<span>\{<\/span>|&lt;|\\([!-/:-@[-`{-~])/g, (escaped, char?: string) => char ?? (escaped === '&lt;' ? '<' : '{')))
}

/** Text as a person sees it: without the zero-width characters that only mark where a line may break. */
function seen(text: string): string {
  return text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
}

/** Headings compared as a reader would: case, width forms and white space aside. */
function normalized(text: string): string {
  return compact(seen(text).normalize('NFKC').toLowerCase())
}

function leaksIn(slides: SlideText[]): string[] {
  return slides.flatMap((slide, i) => LEAKS.flatMap(({ what, pattern }) => {
    const text = seen(slide.prose)
    const match = pattern.exec(text)
    return match ? [`slide ${i + 1}: ${what} ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 30))}`] : []
  }))
}

describe.each(DECKS)('the deck of the $name', ({ name, article, expected }) => {
  let built: Built
  beforeAll(async () => {
    built = await buildAndMeasure(article())
    const m = built.measured
    const px = (least?: { px: number, slide: number }) => least ? `${least.px} px (slide ${least.slide})` : '–'
    console.log(m
      ? `${name}: ${m.slides.length} slides, smallest body ${px(m.design.smallestBody)}, smallest numeral ${px(m.design.smallestNumeral)}, `
        + `${m.design.failures.length} design failures, ${m.accessibility.violations.length} accessibility violations`
      : `${name}: npm run deck exited ${built.status}`)
  })

  /** A deck that did not build has nothing to measure: its checks are skipped, and the build's test fails. */
  function measured(skip: (note: string) => never): Measured {
    return built.measured ?? skip('npm run deck failed')
  }

  it('builds, every slide fitting (npm run deck checks overflow)', () => {
    expect(built.stderr).not.toMatch(/^error:/m)
    expect(built.status).toBe(0)
  })

  it('keeps to the type floors, centres content slides and numbers every slide but the cover', ({ skip }) => {
    expect(measured(skip).design.failures.map(formatDesignFailure)).toEqual([])
  })

  it('has no serious or critical accessibility violation', ({ skip }) => {
    const { accessibility } = measured(skip)
    expect(accessibility.violations, formatAccessibilityReport(accessibility)).toEqual([])
  })

  it(`has at most ${BUDGET.maxSlides} slides`, ({ skip }) => {
    expect(measured(skip).slides.length).toBeLessThanOrEqual(BUDGET.maxSlides)
  })

  it('shows no front matter, HTML or template syntax on any slide', ({ skip }) => {
    expect(leaksIn(measured(skip).slides)).toEqual([])
  })

  it.runIf(expected?.title)('shows the article\'s title on the cover', ({ skip }) => {
    expect(seen(measured(skip).slides[0].title).replace(/\s+/g, ' ')).toBe(expected!.title)
  })

  it.runIf(expected?.h2.length)('carries every H2 heading in a slide title, the agenda or the notes', ({ skip }) => {
    const { slides, notes } = measured(skip)
    const deckText = normalized([...slides.map(s => s.title), ...slides.filter(s => s.layout.includes('deck-agenda')).map(s => s.text), ...notes].join('\n'))
    expect(expected!.h2.filter(heading => !deckText.includes(normalized(heading)))).toEqual([])
  })

  it.runIf(expected?.transcript)('quotes the transcript\'s speakers', ({ skip }) => {
    expect(measured(skip).slides.flatMap(s => s.speakers).length).toBeGreaterThan(0)
  })
})
