/**
 * What every deck generated from an untrusted article must satisfy, checked on slides.md itself and on
 * Slidev's own reading of it; plus the hostile pieces the suites build articles from.
 */
import { parseSync } from '@slidev/parser/core'
import { expect } from 'vitest'
import { markdownText } from '../../src/escape.ts'
import { generateDeck } from '../../src/generate.ts'
import type { DeckPlan } from '../../src/types.ts'
import { ENGLISH_ARTICLE, PLAIN_POST } from '../helpers.ts'

/** Inline text that means something to Markdown, Slidev, Vue, YAML or the browser. */
export const HOSTILE_TEXT = [
  '{{ globalThis.__pwned = 1 }}', '{{', '}}', '&#123;&#123; 1 }}', '<!--', '-->', '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">', '<<< @/x', '~~~', '$$', '$x$', '::default::', '<style>body{display:none}</style>',
  '<div v-html="x">', '<b @click="x">', '<component :is="x">', '<iframe src="http://203.0.113.9/">', '[x](javascript:alert(1))',
  '![x](http://203.0.113.9/x.png)', '<QuoteCard quote="x" />', '"', "'", '`', '\\', '|', '5000亿美元', '$110 billion', '16%',
  '\0', '\u2028', '\uD800', 'ftp://203.0.113.9/x',
]

/** Whole lines that open blocks, slides, front matter or our special sections. */
export const HOSTILE_LINES = [
  '---', '--- x', '----', '***', '===', '~~~', '```', '```{monaco-run}', '$$', '::default::', '::right::', '<<< @/x', '<!--', '-->',
  '<script setup>', '</script>', '<style>', '# Title', '## Highlights', '## Transcript', '## Section', '### Sub', 'Jane: hello',
  'Source: javascript:alert(1)', 'Source: https://example.com/a', '> quote', '- item', '1. item', '| a | b |', '|---|---|',
  '    code', 'layout: iframe', 'src: http://203.0.113.9/', '',
]

/** A benign article with a table, a chart and code, so every kind of slide the renderer writes is seen. */
const BENIGN_TABLE = '# T\n\n## Teams\n\n| Team | Lead | City |\n| --- | --- | --- |\n| Asia | Ann | Taipei |\n| Europe | Bo | Lyon |\n\nSales rose 16% to $110 billion.\n\n| Region | Share |\n| --- | --- |\n| Asia | 20% |\n| Europe | 32% |\n\n```js\nconst x = 1\n```\n'

/** Tag names and frontmatter keys our renderer writes, read from decks of benign articles so the audit follows the renderer. */
const BENIGN = [ENGLISH_ARTICLE, PLAIN_POST, BENIGN_TABLE].map(a => generateDeck(a))
const OUR_TAGS = new Set(['span', ...BENIGN.flatMap(d => [...d.markdown.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map(m => m[1]))])
const OUR_KEYS = new Set(['layout', 'class', 'title', ...BENIGN.flatMap(d => parseSync(d.markdown, 'slides.md').slides.flatMap(s => Object.keys(s.frontmatter)))])

/** The checks of the security issue, on one generated deck. */
export function auditDeck(markdown: string, plan: DeckPlan): void {
  const slides = parseSync(markdown, 'slides.md').slides
  expect(slides.length).toBe(plan.slides.length)
  slides.forEach((slide, i) => {
    expect(Object.keys(slide.frontmatter).filter(k => !OUR_KEYS.has(k))).toEqual([])
    const planned = plan.slides[i].notes.filter(n => markdownText(n) !== '')
    if (planned.length === 0) expect(slide.note ?? '').toBe('')
    else for (const note of planned) expect(slide.note).toContain(markdownText(note))
    expect(withoutCodeFences(slide.content)).not.toContain('<!--')
  })
  // Inside our code fences Shiki shows markup as text, Slidev escapes `{{` (escapeVueInCode) and its parser splits
  // no slide (tests/security hostile code e2e builds such code and shows it stays text); outside them nothing may stand.
  const prose = withoutCodeFences(markdown)
  const lines = prose.split('\n')
  expect(lines.filter(l => l.startsWith('---') && l !== '---')).toEqual([])
  expect(lines.filter(l => l === '---')).toHaveLength(2 * plan.slides.length)
  const noted = plan.slides.filter(s => s.notes.length > 0).length
  expect(lines.filter(l => l.includes('<!--'))).toEqual(Array(noted).fill('<!--'))
  expect(lines.filter(l => l.includes('-->'))).toEqual(Array(noted).fill('-->'))
  expect(prose).not.toContain('{{')
  expect(prose).not.toMatch(/<script/i)
  const tags = [...prose.matchAll(/<(?!!--)\/?([^\s>/]*)/g)].map(m => m[1])
  expect(tags.filter(t => !OUR_TAGS.has(t))).toEqual([])
  const markup = prose.replace(/="[^"<>]*"/g, '=""')
  expect(markup).not.toMatch(/<img|\bsrc=|javascript:|vbscript:/i)
  for (const [, url] of markdown.matchAll(/\burl="([^"]*)"/g)) expect(url).toMatch(/^https?:\/\//)
}

/** slides.md without the bodies of the code fences we write (a run of three or more backticks opens and closes one). */
function withoutCodeFences(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n`]*\n[\s\S]*?\n\1$/gm, '')
}
