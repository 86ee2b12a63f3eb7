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

/** Tag names our renderer writes, read from decks of benign articles so the audit follows the renderer. */
const BENIGN = [ENGLISH_ARTICLE, PLAIN_POST].map(a => generateDeck(a))
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
    expect(slide.content).not.toContain('<!--')
  })
  const lines = markdown.split('\n')
  expect(lines.filter(l => l.startsWith('---') && l !== '---')).toEqual([])
  expect(lines.filter(l => l === '---')).toHaveLength(2 * plan.slides.length)
  const noted = plan.slides.filter(s => s.notes.length > 0).length
  expect(lines.filter(l => l.includes('<!--'))).toEqual(Array(noted).fill('<!--'))
  expect(lines.filter(l => l.includes('-->'))).toEqual(Array(noted).fill('-->'))
  expect(markdown).not.toContain('{{')
  expect(markdown).not.toMatch(/<script/i)
  const tags = [...markdown.matchAll(/<(?!!--)\/?([^\s>/]*)/g)].map(m => m[1])
  expect(tags.filter(t => !OUR_TAGS.has(t))).toEqual([])
  const markup = markdown.replace(/="[^"<>]*"/g, '=""')
  expect(markup).not.toMatch(/<img|\bsrc=|javascript:|vbscript:/i)
  for (const [, url] of markdown.matchAll(/\burl="([^"]*)"/g)) expect(url).toMatch(/^https?:\/\//)
}
