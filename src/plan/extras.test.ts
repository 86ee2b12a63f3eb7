/** Images, tables and code blocks on slides of their own: what the planner shows, and what it keeps in the notes. */
import { parseSync } from '@slidev/parser/core'
import { describe, expect, it } from 'vitest'
import { BUDGET, LABELS, TABLE_CELL, TYPE } from '../config.ts'
import { generateDeck } from '../generate.ts'
import { KINDS, planContext } from '../kinds/index.ts'
import { wrappedLines } from '../measure.ts'
import { displayWidth } from '../text.ts'
import type { Article, Block, SlidePlan } from '../types.ts'
import { planDeck } from './plan.ts'

function article(blocks: Block[]): Article {
  return {
    title: 'Build times', lede: '', highlights: [], speakers: [], meta: {}, boilerplate: [], warnings: [], lang: 'en', locale: 'en',
    sections: [{ heading: 'Results', blocks: [{ kind: 'paragraph', text: 'The new compiler builds the project in 12 seconds instead of 40 seconds.' }, ...blocks] }],
  }
}

function only<K extends SlidePlan['kind']>(slides: SlidePlan[], kind: K): Extract<SlidePlan, { kind: K }>[] {
  return slides.filter((s): s is Extract<SlidePlan, { kind: K }> => s.kind === kind)
}

describe('images', () => {
  const chart: Block = { kind: 'image', src: 'images/chart.png', alt: 'Build time by release' }
  const remote: Block = { kind: 'image', src: 'https://cdn.example.com/photo.jpg', alt: 'The team' }

  it('get a slide only when the deck has a copy, shown from the copy with the alt text as caption', () => {
    const images = new Map([['images/chart.png', '/images/0123456789ab.png']])
    const [slide] = only(planDeck(article([chart, remote]), { images }).slides, 'image')
    expect(slide).toMatchObject({ title: 'Results', picture: '/images/0123456789ab.png', alt: 'Build time by release' })
    expect(slide.notes).toEqual(['Build time by release · images/chart.png'])
    expect(only(planDeck(article([chart])).slides, 'image')).toEqual([])
  })

  it('leave their address in the notes when the deck does not show them', () => {
    const plan = planDeck(article([remote]))
    expect(only(plan.slides, 'image')).toEqual([])
    expect(plan.slides.flatMap(s => s.notes)).toContain('The team · https://cdn.example.com/photo.jpg')
  })

  it('reach slides.md as the copy\'s path only, never the article\'s address', () => {
    const source = '# T\n\n## A\n\nSome text about 5 builds.\n\n![a "chart": <b>50%</b> & more](https://e.example/a.png)\n'
    const { markdown } = generateDeck(source, { images: new Map([['https://e.example/a.png', '/images/0123456789ab.png']]) })
    const slide = parseSync(markdown, 'slides.md').slides.find(s => s.frontmatter.layout === 'image')!
    expect(slide.frontmatter.picture).toBe('/images/0123456789ab.png')
    expect(slide.frontmatter.alt).toBe('a "chart": <b>50%</b> & more')
    expect(markdown).not.toMatch(/<img|<b>|src=|\{\{/)
  })

  it('shorten a long caption to two lines, keeping it whole in the notes', () => {
    const alt = 'A very long description of the chart '.repeat(10).trim()
    const [slide] = only(planDeck(article([{ ...chart, alt }]), { images: new Map([['images/chart.png', '/images/0123456789ab.png']]) }).slides, 'image')
    expect(displayWidth(slide.alt)).toBeLessThanOrEqual(BUDGET.captionColumns)
    expect(slide.notes[0]).toContain(alt)
  })
})

describe('tables', () => {
  const table = (header: string[], rows: string[][], locale: 'en' | 'zh-CN' = 'en') =>
    KINDS.table.plan({ title: 'Results', header, rows }, planContext(locale === 'en' ? 'en' : 'zh', locale))

  it('get a slide of their own', () => {
    const rows = [['Rust', 'fast', 'stable'], ['Zig', 'faster', 'young']]
    const [slide] = only(planDeck(article([{ kind: 'table', header: ['Compiler', 'Speed', 'Status'], rows }])).slides, 'table')
    expect(slide).toMatchObject({ title: 'Results', header: ['Compiler', 'Speed', 'Status'], rows })
  })

  it('show a table that fits whole, with no excerpt line', () => {
    const rows = [['Rust', '40 s', '12 s'], ['Zig', '30 s', '9 s']]
    const slide = table(['Compiler', 'Before', 'After'], rows)
    expect(slide).toMatchObject({ header: ['Compiler', 'Before', 'After'], rows })
    expect(slide.excerpt).toBeUndefined()
    expect(slide.widths.reduce((a, b) => a + b)).toBeGreaterThan(99)
    expect(slide.widths.reduce((a, b) => a + b)).toBeLessThanOrEqual(100)
  })

  it('show the rows of a larger table with the most figures, in order, and say it is an excerpt; the notes hold it whole', () => {
    const rows = Array.from({ length: 20 }, (_, i) => i % 3 === 1 ? [`Project ${i}`, `${i}%`, `$${i} million`] : [`Project ${i}`, 'n/a', 'n/a'])
    const slide = table(['Project', 'Before', 'After'], rows)
    expect(slide.rows.map(r => r[0])).toEqual(['Project 1', 'Project 4', 'Project 7', 'Project 10', 'Project 13', 'Project 16'])
    expect(slide.excerpt).toBe(LABELS.en.tableExcerpt(6, 20, 3, 3))
    expect(slide.notes).toEqual(['Project | Before | After', ...rows.map(r => r.join(' | '))])
  })

  it('keep the first columns and rows when figures do not decide, and say so in Chinese too', () => {
    const header = Array.from({ length: 8 }, (_, i) => `列${i}`)
    const rows = Array.from({ length: 9 }, (_, r) => header.map((_, c) => `第${r}行${c}`))
    const slide = table(header, rows, 'zh-CN')
    expect(slide.header).toEqual(header.slice(0, BUDGET.tableColumns))
    expect(slide.rows.map(r => r[0])).toEqual(rows.slice(0, BUDGET.tableRows).map(r => r[0]))
    expect(slide.excerpt).toBe('节选：9 行中的 6 行，8 列中的 5 列')
  })

  it('fit the slide at body type: long cells shortened to two lines, fewer rows when they wrap', () => {
    const long = 'a cell of prose that goes on and on about the details of the measurement '.repeat(3)
    const rows = Array.from({ length: 6 }, (_, i) => [`Row ${i}`, long, `${i} ms`, long, 'x'])
    const slide = table(['Name', 'Notes', 'Time', 'More', 'Flag'], rows)
    expect(slide.rows.length).toBeGreaterThan(0)
    expect(slide.rows.length).toBeLessThan(6)
    expect(slide.rows.flat().filter(cell => cell.endsWith('…')).length).toBeGreaterThan(0)
    const lineHeight = TYPE.body * TABLE_CELL.lineHeight
    const textPx = (share: number) => share / 100 * BUDGET.tableWidth - 2 * TABLE_CELL.padX
    const lines = (row: string[], bold: boolean) => Math.max(...row.map((cell, i) => wrappedLines(cell, textPx(slide.widths[i]), TYPE.body, bold)))
    const height = [slide.header, ...slide.rows].reduce((sum, row, r) => sum + lines(row, r === 0) * lineHeight + 2 * TABLE_CELL.padY + TABLE_CELL.headerRule, 0)
    expect(height).toBeLessThanOrEqual(BUDGET.tableHeight)
    for (const row of slide.rows) expect(lines(row, false)).toBeLessThanOrEqual(BUDGET.tableCellLines)
  })

  it('measure cells by their letters: six rows of five short cells fit whole, wrapping cells cost rows', () => {
    const header = ['Service', 'Before', 'After', 'Monthly cost', 'Notes']
    const short = [['Website', 'S3', 'one server', '$40', 'static'], ['Downloads', 'CloudFront', 'one server', '$5', 'cached'], ['Search', 'Lambda', 'removed', '$0', 'in browser']]
    expect(table(header, [...short, ...short])).toMatchObject({ rows: [...short, ...short] })
    const long = [['Website', 'S3 + CloudFront', 'one server', '$40', 'static files'], ['Downloads page', 'CloudFront', 'one server', '$5', 'client side now']]
    const slide = table(header, [...long, ...long, ...long])
    expect(slide.rows.length).toBeLessThan(6)
    expect(slide.excerpt).toBe(LABELS.en.tableExcerpt(slide.rows.length, 6, 5, 5))
  })

  it('escape cells in slides.md: pipes, braces, tags and dollars stay text', () => {
    const source = '# T\n\n## A\n\nThe results of 3 runs.\n\n| a | b |\n| --- | --- |\n| x \\| y | {a} &lt;b> $c$ |\n'
    expect(generateDeck(source).markdown).toContain('| x \\| y | <span>{</span>a} &lt;b\\> \\$c\\$ |')
  })

  it('wrap like the slide: words whole, Chinese in short phrases, over-long words broken', () => {
    expect(wrappedLines('short', 200, TYPE.body)).toBe(1)
    expect(wrappedLines('two words', 80, TYPE.body)).toBe(2)
    expect(wrappedLines('x'.repeat(25), 150, TYPE.body)).toBe(3)
    expect(wrappedLines('中文中文中文', 100, TYPE.body)).toBe(2)
    expect(wrappedLines('', 10, TYPE.body)).toBe(1)
  })
})

describe('code', () => {
  const code = (text: string, lang = 'ts'): Block => ({ kind: 'code', lang, text })

  it('shows a short block as it is, with no notes', () => {
    const [slide] = only(planDeck(article([code('const x = 1\nconsole.log(x)')])).slides, 'code')
    expect(slide).toMatchObject({ language: 'ts', code: 'const x = 1\nconsole.log(x)', notes: [] })
  })

  it('cuts lines wider than the slide (never wraps them) and keeps the whole code in the notes', () => {
    const wide = `const message = "${'x'.repeat(120)}"`
    const [slide] = only(planDeck(article([code(`if (a) {\n\t${wide}\n}`)])).slides, 'code')
    const lines = slide.code.split('\n')
    expect(lines[1]).toMatch(/…$/)
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(BUDGET.codeColumns)
    expect(lines[1].startsWith('    const message')).toBe(true)
    expect(slide.notes).toEqual(['if (a) {', wide, '}'])
  })

  it('gives no slide to a block longer than the slide holds', () => {
    const long = Array.from({ length: BUDGET.codeLines + 1 }, (_, i) => `line ${i}`).join('\n')
    expect(only(planDeck(article([code(long)])).slides, 'code')).toEqual([])
  })
})
