/**
 * Real articles by others (tests/corpus, see SOURCES.md there): every one parses to the title, H2 sections and
 * speakers that tests/corpus/corpus.json expects, and no text of it carries front matter, HTML or template syntax.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Article } from '../types.ts'
import { blockPlainText } from '../blocks.ts'
import { parseArticle } from './article.ts'

interface Expected {
  file: string
  lang: 'en' | 'zh' | 'zh-Hant'
  title: string
  h2: string[]
  transcript: boolean
  speakers: string[]
  hasTable: boolean
}

const CORPUS = new URL('../../tests/corpus/', import.meta.url)
const EXPECTED = JSON.parse(readFileSync(new URL('corpus.json', CORPUS), 'utf8')) as Expected[]
const LOCALES = { en: 'en', zh: 'zh-CN', 'zh-Hant': 'zh-TW' } as const

/** Markup that must never reach a slide as text. */
const MARKUP: [string, RegExp][] = [
  ['an HTML tag', /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/],
  ['an HTML comment', /<!--|-->/],
  ['a template tag', /\{%|%\}|\{\{|\}\}|\{:/],
  ['a front-matter fence', /^(?:\+\+\+|---)/m],
  ['a front-matter field', /^\s*\.?(?:title|date|layout|slug|authors?)\s*[:=]\s/im],
]

/** Every text an article shows: title, lede, highlights, headings, paragraphs, items, cells, alt text, turns (not code). */
function shownTexts(article: Article): string[] {
  return [
    article.title, article.lede, ...article.highlights,
    ...article.sections.flatMap(s => [s.heading, ...s.blocks.filter(b => b.kind !== 'code').map(blockPlainText)]),
    ...article.speakers.map(s => s.name),
  ]
}

/** Whether `expected` appears in `actual` in order. */
function isSubsequence(expected: string[], actual: string[]): boolean {
  let i = 0
  for (const item of actual) if (item === expected[i]) i++
  return i === expected.length
}

describe.each(EXPECTED)('$file', expected => {
  const source = readFileSync(new URL(expected.file, CORPUS), 'utf8')
  const article = parseArticle(source, { fileName: expected.file })

  it('has the expected title, script and no warning', () => {
    // Without a title in the file, the file name stands in (never the first turn).
    expect(article.title).toBe(expected.title || expected.file.replace(/\.md$/, '').replace(/-/g, ' ').replace(/\b[a-z]/g, letter => letter.toUpperCase()))
    expect(article.locale).toBe(LOCALES[expected.lang])
    expect(article.warnings).toEqual([])
  })

  it('has the H2 sections in order (H1 sections besides)', () => {
    const headings = article.sections.map(s => s.heading).filter(Boolean)
    expect(isSubsequence(expected.h2, headings), headings.join(' | ')).toBe(true)
    const h1s = new Set(Array.from(source.matchAll(/^# (.+)$/gm), m => m[1].replace(/[*_]/g, '').trim()))
    expect(headings.filter(h => !expected.h2.includes(h) && !h1s.has(h))).toEqual([])
  })

  it('has the expected speakers and turns', () => {
    const turns = article.sections.flatMap(s => s.blocks.filter(b => b.kind === 'turn'))
    expect(turns.length > 0).toBe(expected.transcript)
    expect(article.speakers.map(s => s.name).sort()).toEqual([...expected.speakers].sort())
    // A conversation is sections of turns, never a section per turn.
    expect(article.sections.filter(s => s.blocks.length === 1 && s.blocks[0].kind === 'turn' && !s.heading)).toEqual([])
  })

  it('keeps its tables', () => {
    expect(article.sections.some(s => s.blocks.some(b => b.kind === 'table'))).toBe(expected.hasTable)
  })

  it('shows no front matter, HTML or template syntax', () => {
    for (const text of shownTexts(article)) {
      for (const [what, pattern] of MARKUP) expect(pattern.test(text), `${what} in: ${text.slice(0, 200)}`).toBe(false)
    }
  })
})
