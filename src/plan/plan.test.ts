import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse/article.ts'
import { displayWidth } from '../text.ts'
import { BUDGET } from '../config.ts'
import { fitTitle, planDeck } from './plan.ts'

const zh = `# 标题

> 导语。

## 亮点
- 公司市值蒸发超过5000亿美元。
- 训练仅花费600万美元。

## 第一节
股价暴跌超过16%,创下纪录。第二句话。

另一段。

## 详细对话
张三: 第一句。第二句。
`

describe('planDeck', () => {
  const plan = planDeck(parseArticle(zh))

  it('orders cover, highlights, sections, quotes, closing', () => {
    expect(plan.slides.map(s => s.kind)).toEqual(['cover', 'highlights', 'section', 'quote', 'closing'])
  })

  it('puts the strongest figures on the highlights slide and the lead figure on the section', () => {
    const [, highlights, section] = plan.slides
    expect(highlights.kind === 'highlights' && highlights.callouts.map(c => c.figure)).toEqual(['5000亿美元', '600万美元', '16%'])
    expect(section.kind === 'section' && section.callout?.figure).toBe('16%')
  })

  it('condenses a section to lead sentences and keeps the full prose in the notes', () => {
    const section = plan.slides[2]
    expect(section.kind === 'section' && section.bullets).toEqual(['股价暴跌超过16%,创下纪录。', '另一段。'])
    expect(section.notes.slice(0, 2)).toEqual(['股价暴跌超过16%,创下纪录。第二句话。', '另一段。'])
    expect(section.notes[2]).toContain('16%')
  })

  it('attributes quotes and keeps the whole turn in the notes', () => {
    const quote = plan.slides[3]
    expect(quote).toMatchObject({ kind: 'quote', speaker: '张三', quote: '第一句。第二句。', notes: ['张三: 第一句。第二句。'] })
  })

  it('labels an English deck in English', () => {
    const en = planDeck(parseArticle('# T\n\n## Highlights\n- Sales rose 16%.\n\n## Body\nText here. More text.'))
    expect(en.slides.map(s => s.title)).toEqual(['T', 'Highlights', 'Body', 'Thank you'])
  })
})

describe('fitting text to slides', () => {
  it('continues a long section on (cont.) slides without losing a paragraph', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} opens with a sentence long enough to take a full line or more on the slide. Then it goes on.`)
    const plan = planDeck(parseArticle(`# T\n\n## Long\n${paragraphs.join('\n\n')}`))
    const sections = plan.slides.filter(s => s.kind === 'section')
    expect(sections.length).toBeGreaterThan(2)
    expect(sections.slice(1).every(s => s.title === 'Long (cont.)')).toBe(true)
    expect(sections.flatMap(s => s.notes).filter(n => !n.startsWith('Figures'))).toEqual(paragraphs)
    for (const s of sections) expect(s.kind === 'section' && s.bullets.length).toBeLessThanOrEqual(BUDGET.sectionBullets.max)
  })

  it('paginates 30 highlights', () => {
    const items = Array.from({ length: 30 }, (_, i) => `- Highlight number ${i}.`).join('\n')
    const plan = planDeck(parseArticle(`# T\n\n## Highlights\n${items}\n\n## Body\nText.`))
    const pages = plan.slides.filter(s => s.kind === 'highlights')
    expect(pages.length).toBe(6)
    expect(pages.flatMap(p => p.notes).filter(n => n.startsWith('Highlight'))).toHaveLength(30)
  })

  it('steps title type down, then wraps, then shortens with the full title kept', () => {
    expect(fitTitle('Short', 2, 'en').titleSize).toBe('large')
    expect(fitTitle('x'.repeat(55), 2, 'en').titleSize).toBe('medium')
    const long = fitTitle('标题'.repeat(100), 2, 'zh')
    expect(long.titleSize).toBe('small')
    expect(long.title).toBe('标题'.repeat(100))
    expect(displayWidth(long.shownTitle)).toBeLessThanOrEqual(2 * BUDGET.titleLineColumns.small)
  })

  it('cuts a long quote at a sentence boundary', () => {
    const turn = Array.from({ length: 20 }, (_, i) => `Sentence ${i} is here.`).join(' ')
    const quote = planDeck(parseArticle(`# T\n\n## Transcript\nAnn: ${turn}`)).slides.find(s => s.kind === 'quote')
    expect(quote?.kind === 'quote' && quote.quote).toMatch(/here\.$/)
    expect(quote?.notes).toEqual([`Ann: ${turn}`])
  })
})
