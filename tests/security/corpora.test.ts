/**
 * Untrusted articles, in bulk: the CommonMark spec examples, the Big List of Naughty Strings, generated
 * hostile Markdown, pathological sizes, odd bytes, links and images. Every deck must split into exactly
 * the planned slides and carry nothing of the article as markup (./audit.ts); the only failure allowed
 * is a DeckError the user can act on.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUDGET } from '../../src/config.ts'
import { decodeArticle } from '../../src/cli/input.ts'
import { PROJECT_ROOT } from '../../src/cli/paths.ts'
import { DeckError } from '../../src/errors.ts'
import { generateDeck, type GeneratedDeck } from '../../src/generate.ts'
import { ArticleError } from '../../src/parse/article.ts'
import { ENGLISH_ARTICLE } from '../helpers.ts'
import { auditDeck, HOSTILE_LINES, HOSTILE_TEXT } from './audit.ts'

const require = createRequire(import.meta.url)
const SPEC: { markdown: string, number: number }[] = require('commonmark-spec').tests
const NAUGHTY: string[] = require('big-list-of-naughty-strings')

/** The deck, or undefined when the article was refused for having no text (the one documented refusal). */
function deckOrEmpty(source: string): GeneratedDeck | undefined {
  try {
    return generateDeck(source)
  } catch (error) {
    if (error instanceof ArticleError && /no text/.test(error.message)) return undefined
    throw error
  }
}

function audited(source: string): boolean {
  const deck = deckOrEmpty(source)
  if (deck) auditDeck(deck.markdown, deck.plan)
  return deck !== undefined
}

describe('the CommonMark 0.31.2 spec examples', () => {
  it('all 652 give decks that split as planned, bare or under a title and a section', () => {
    expect(SPEC).toHaveLength(652)
    const emptyBare: number[] = []
    for (const example of SPEC) {
      const markdown = example.markdown.replace(/→/g, '\t')
      expect(audited(`# Title\n\n## Section\n\n${markdown}`), `example ${example.number}`).toBe(true)
      if (!audited(markdown)) emptyBare.push(example.number)
    }
    // Examples with no text at all (`***`, `<!-- -->`, link reference definitions…) are refused, nothing else.
    // Lines of links alone are navigation, not text (src/parse/markdown.ts), so the spec's link examples have none either.
    expect(emptyBare.length).toBeLessThan(150)
    for (const number of emptyBare) expect(() => generateDeck(SPEC[number - 1].markdown.replace(/→/g, '\t'))).toThrow(/no text/)
  })
})

/** Where an article's text lands in a deck: title, section text, highlight, speaker, transcript, figure context, source. */
const PLACES: Record<string, (s: string) => string> = {
  title: s => `# ${s}\n\n## Section\n\nSome text.\n`,
  'front matter title': s => `---\ntitle: ${JSON.stringify(s)}\n---\n\n## Section\n\nSome text.\n`,
  'section heading and text': s => `# Title\n\n## ${s}\n\n${s}\n\n- ${s}\n\n| ${s} | b |\n|---|---|\n| ${s} | d |\n`,
  highlight: s => `# Title\n\n## Highlights\n\n- ${s}\n- Sales rose 16% to $110 billion.\n\n## Section\n\nText.\n`,
  speaker: s => `# Title\n\n## Section\n\nText.\n\n## Transcript\n\n${s}: I said so.\n\nJane: ${s}\n`,
  'figure context': s => `# Title\n\n## Section\n\n${s} 5000亿美元 ${s}\n\n${s} rose 16% ${s}\n`,
  lede: s => `# Title\n\n> ${s}\n\n## Section\n\nText.\n`,
  source: s => `# Title\n\n## Section\n\nText.\n\nSource: https://example.com/${encodeURIComponent(s.toWellFormed())} ${s}\n`,
}

describe('the Big List of Naughty Strings', () => {
  it.each(Object.keys(PLACES))('as the %s', place => {
    for (const s of NAUGHTY) {
      const { markdown, plan } = generateDeck(PLACES[place](s))
      auditDeck(markdown, plan)
    }
  })
})

const hostileText = fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'binary', maxLength: 4 })), maxLength: 8 })
const hostileLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_LINES) },
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '- ', '1. ', '> ', '| ', 'Jane: ', 'Source: ', '    '), hostileText).map(([a, b]) => a + b) },
)
const frontMatter = fc.option(fc.constantFrom('---\ntitle: "{{ 1 }}"\n---\n', '---\nlayout: iframe\nsrc: http://203.0.113.9/\n---\n', '---\n- a\n---\n', '---\n: [\n---\n'), { nil: '' })
const hostileMarkdown = fc.tuple(frontMatter, fc.array(hostileLine, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([head, lines, eol]) => (head + lines.join('\n')).replace(/\n/g, eol))

describe('generated hostile articles (fast-check)', () => {
  it('any string as a whole article', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), s => { audited(s) }), { numRuns: 1000 })
  })

  it('Markdown assembled from hostile lines, front matter, CRLF/CR and NUL', () => {
    fc.assert(fc.property(hostileMarkdown, s => { audited(s) }), { numRuns: 1000 })
  })

  it('hostile text in every place an article puts text', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.keys(PLACES)), hostileText, (place, s) => {
      const { markdown, plan } = generateDeck(PLACES[place](s))
      auditDeck(markdown, plan)
    }), { numRuns: 1000 })
  })
})

interface Timed {
  ms: number
  slides?: number
  refused?: string
}

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')

/** Runs one input of ./timed-generate.ts in a child killed after `limitMs`: a hang fails, it does not stall. */
function timedGenerate(name: string, limitMs: number): Timed {
  const child = spawnSync(TSX, [join(import.meta.dirname, 'timed-generate.ts'), name], { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 20 })
  if (child.error || child.status !== 0) throw new Error(`${name}: ${child.error?.message ?? child.stderr.slice(-2000)}`)
  return JSON.parse(child.stdout) as Timed
}

describe('pathological input', () => {
  it.each(['100,000 [', '40,000 <!--', '10,000-deep > nesting', '10,000-deep list nesting', '5 MB single line'])('%s finishes or is refused within the hang guard', name => {
    const result = timedGenerate(name, 20_000)
    console.log(`${name}: ${result.ms.toFixed(0)} ms, ${result.refused ? `refused (${result.refused})` : `${result.slides} slides`}`)
    expect(result.ms).toBeLessThan(20_000)
  })

  it('300 KB of ordinary paragraphs finishes within the hang guard', () => {
    const result = timedGenerate('300 KB of ordinary paragraphs', 20_000)
    console.log(`300 KB of ordinary paragraphs: ${result.ms.toFixed(0)} ms, ${result.slides} slides`)
    // A briefing, however long the article: the rest is in the notes.
    expect(result.slides).toBe(BUDGET.maxSlides)
  })

  // Labelling once was cubic in the figures of one sentence (6,666 in a 20,000-character block: 62 s).
  it('one sentence with 4,800 figures finishes within 5 s', () => {
    expect(timedGenerate('one sentence with 4,800 figures', 5_000).ms).toBeLessThan(5_000)
  })
})

describe('bytes (decodeArticle, then generateDeck)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)
  const lf = generateDeck(ENGLISH_ARTICLE).markdown

  it('CRLF, lone CR and a BOM give the same deck as LF', () => {
    expect(generateDeck(decodeArticle(utf8(ENGLISH_ARTICLE.replace(/\n/g, '\r\n')))).markdown).toBe(lf)
    expect(generateDeck(decodeArticle(utf8(ENGLISH_ARTICLE.replace(/\n/g, '\r')))).markdown).toBe(lf)
    expect(generateDeck(decodeArticle(new Uint8Array([0xEF, 0xBB, 0xBF, ...utf8(ENGLISH_ARTICLE)]))).markdown).toBe(lf)
  })

  it('invalid UTF-8 and NUL become U+FFFD in the deck, nothing else changes', () => {
    const bytes = new Uint8Array([...utf8('# Bad '), 0xFF, 0xC0, 0x00, ...utf8(' bytes\n\n## Part\n\nText\0here.\n')])
    const { markdown, plan } = generateDeck(decodeArticle(bytes))
    auditDeck(markdown, plan)
    expect(plan.title).toMatch(/^Bad \uFFFD+ bytes$/)
    expect(markdown).not.toContain('\0')
  })

  it.each([['empty', ''], ['white space only', ' \n\t\r\n'], ['a BOM only', '\uFEFF']])('refuses an %s file with a DeckError', (_, text) => {
    expect(() => generateDeck(decodeArticle(utf8(text)))).toThrow(DeckError)
  })

  it('refuses an article with markup but no text with a DeckError', () => {
    for (const text of ['---\ntitle: 1\n---\n', '***\n\n___\n', '[a]: http://x\n', '#\n\n##\n\n-\n', '![](http://203.0.113.9/x.png)\n', '```\n```\n']) {
      expect(() => generateDeck(decodeArticle(utf8(text)))).toThrow(ArticleError)
    }
  })
})

describe('links and images', () => {
  it.each([
    'javascript:alert(1)', '[x](javascript:alert(1))', '<javascript:alert(1)>', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>',
    'vbscript:x', 'file:///etc/passwd', 'ftp://203.0.113.9/x', '//203.0.113.9/x', '/relative/path',
  ])('drops the source line %j', url => {
    for (const prefix of ['Source', '原链接', 'Link']) {
      const { markdown, plan } = generateDeck(`# Title\n\n## Section\n\nText.\n\n${prefix}: ${url}\n`)
      auditDeck(markdown, plan)
      expect(markdown).not.toContain('<SourceLink')
      expect(markdown).not.toMatch(/javascript:|data:text|vbscript:|file:|ftp:/i)
    }
  })

  it('keeps an http(s) source as the one URL the deck links', () => {
    const { markdown, plan } = generateDeck('# Title\n\n## Section\n\nText.\n\nSource: https://example.com/a?b="c"<d>\n')
    auditDeck(markdown, plan)
    const sources = parseSync(markdown, 'slides.md').slides.flatMap(slide => slide.frontmatter.source ? [slide.frontmatter.source.url] : [])
    // `<d>` reads as an HTML tag and is dropped; the quotes stay, encoded.
    expect(new Set(sources)).toEqual(new Set(['https://example.com/a?b=%22c%22']))
  })

  it('puts no image of the article in slides.md: remote images are named in the notes only', () => {
    const { markdown, plan } = generateDeck([
      '# Title', '', '## Section', '', '![chart](http://203.0.113.9/x.png)', '', 'Text ![inline](http://203.0.113.9/y.png) here.', '',
      '<img src="http://203.0.113.9/z.png">', '', '![x](data:image/svg+xml,<svg onload=alert(1)>)', '',
    ].join('\n'))
    auditDeck(markdown, plan)
    expect(markdown).not.toMatch(/<img|src=|data:image\/svg\+xml,<svg/)
    const slides = parseSync(markdown, 'slides.md').slides
    for (const slide of slides) expect(slide.content.replace(/<!--[\s\S]*-->/, '')).not.toMatch(/203\.0\.113\.9/)
  })
})
