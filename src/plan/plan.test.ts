import { describe, expect, it } from 'vitest'
import { BUDGET } from '../config.ts'
import { fitTitle } from '../kinds/index.ts'
import { displayWidth } from '../text.ts'
import type { Article, Block, Section, SlidePlan, Turn } from '../types.ts'
import { generateDeck } from '../generate.ts'
import { planDeck } from './plan.ts'
import { trimConnective } from './sentences.ts'

function article(parts: Partial<Article> & { sections: Section[] }): Article {
  return { title: 'T', lede: '', highlights: [], speakers: [], meta: {}, boilerplate: [], warnings: [], lang: 'zh', locale: 'zh-CN', ...parts }
}

const p = (text: string): Block => ({ kind: 'paragraph', text })
const turn = (speaker: string, text: string): Turn => ({ kind: 'turn', speaker, text })
const kinds = (slides: SlidePlan[]) => slides.map(s => s.kind)
function only<K extends SlidePlan['kind']>(slides: SlidePlan[], kind: K): Extract<SlidePlan, { kind: K }>[] {
  return slides.filter((s): s is Extract<SlidePlan, { kind: K }> => s.kind === kind)
}

const zh = article({
  title: '芯片业的一天',
  lede: '英伟达市值一天蒸发5000亿美元。',
  sections: [
    { heading: '市场', blocks: [p('此外，英伟达股价周一暴跌17%，市值蒸发5000亿美元。这是美股史上最大单日跌幅。'), p('在科技圈掀起了一场风暴。'), p('台积电季度营收达到236亿美元，同比增长39%。')] },
    { heading: '成本', blocks: [p('DeepSeek训练V3只花了558万美元，约为同类模型的十分之一。'), p('Meta为Llama 3投入的算力是它的11倍。')] },
    { heading: '对话', blocks: [turn('张三', '训练真的只花了这么少吗？'), turn('李四', '账面成本是558万美元，但前期研究的投入远不止于此。我们还买了一万张GPU。'), turn('张三', '那英伟达会受影响吗？'), turn('李四', '短期股价会波动，长期需求仍在增长，数据中心营收去年增长了三倍。')] },
  ],
})

describe('planDeck', () => {
  const plan = planDeck(zh)

  it('opens with the cover and key numbers and ends with the takeaways', () => {
    expect(kinds(plan.slides)[0]).toBe('cover')
    expect(kinds(plan.slides)[1]).toBe('key-numbers')
    expect(kinds(plan.slides).at(-1)).toBe('closing')
  })

  it('shows every figure as a callout at most once in the deck', () => {
    const callouts = [
      ...only(plan.slides, 'key-numbers').flatMap(s => s.callouts),
      ...only(plan.slides, 'section').flatMap(s => s.callout ? [s.callout] : []),
    ].map(c => c.figure)
    expect(callouts.length).toBeGreaterThan(2)
    expect(new Set(callouts).size).toBe(callouts.length)
  })

  it('puts on a section only figures from its own text', () => {
    for (const slide of only(plan.slides, 'section')) {
      const section = zh.sections.find(s => s.heading === slide.title)!
      if (slide.callout) expect(JSON.stringify(section.blocks)).toContain(slide.callout.figure)
    }
  })

  it('shows whole sentences without leading connectives or vague openers', () => {
    const market = only(plan.slides, 'section').find(s => s.title === '市场')!
    const texts = market.bullets.map(b => b.text)
    expect(texts[0]).toBe('英伟达股价周一暴跌17%，市值蒸发5000亿美元。')
    expect(texts).not.toContain('在科技圈掀起了一场风暴。')
    for (const text of texts) expect(text).not.toContain('…')
  })

  it('drops a leading clause that points at a picture the slide does not show', () => {
    expect(trimConnective('As shown above, in 2023, we have received 37% fewer survey views.', 'en')).toBe('In 2023, we have received 37% fewer survey views.')
    expect(trimConnective('As you can see in the chart below, costs fell by a third.', 'en')).toBe('Costs fell by a third.')
    expect(trimConnective('However, as seen here: revenue rose 12%.', 'en')).toBe('Revenue rose 12%.')
    expect(trimConnective('如上图所示，营收增长了12%。', 'zh')).toBe('营收增长了12%。')
    expect(trimConnective('從圖中可以看出，成本下降了三分之一。', 'zh')).toBe('成本下降了三分之一。')
    // Not a pointer: a sentence about a chart, or "as shown" in the middle.
    expect(trimConnective('As shown by the survey, 37% use Rust daily.', 'en')).toBe('As shown by the survey, 37% use Rust daily.')
    expect(trimConnective('图表工具的用户增长了12%。', 'zh')).toBe('图表工具的用户增长了12%。')
  })

  it('keeps every sentence of the article in a slide or its notes', () => {
    const shown = plan.slides.flatMap(s => [...s.notes, s.title]).join('\n')
    for (const section of zh.sections) {
      for (const block of section.blocks) {
        const text = block.kind === 'paragraph' ? block.text : block.kind === 'turn' ? block.text : ''
        expect(shown).toContain(text)
      }
    }
  })

  it('pairs each question with its answer: no bare question on a slide', () => {
    const exchanges = only(plan.slides, 'exchange')
    expect(exchanges.length).toBeGreaterThan(0)
    for (const slide of exchanges) {
      expect(slide.turns.at(-1)!.text).not.toMatch(/[?？]$/)
      if (slide.turns.length === 2) expect(slide.turns[0].speaker).not.toBe(slide.turns[1].speaker)
    }
  })

  it('gives Traditional Chinese articles Traditional labels', () => {
    const tw = planDeck({ ...zh, locale: 'zh-TW' })
    expect(only(tw.slides, 'key-numbers')[0].title).toBe('關鍵數字')
    // Numbers too: 5000亿美元 shows as 5000億 美元.
    expect(only(tw.slides, 'key-numbers')[0].callouts.map(c => c.value).join(' ')).toContain('億')
    expect(only(tw.slides, 'key-numbers')[0].callouts.map(c => c.value).join(' ')).not.toMatch(/[亿万]/)
  })
})

describe('deck length', () => {
  const long = article({
    title: 'Long',
    lang: 'en',
    locale: 'en',
    sections: Array.from({ length: 40 }, (_, i) => ({
      heading: `Part ${i + 1}`,
      blocks: Array.from({ length: 6 }, (_, j) => p(`Company ${String.fromCharCode(65 + (i % 26))} grew revenue by ${i + j + 2}% in quarter ${j + 1}, analysts at Acme said on Monday. The growth came from cloud sales in Europe and Asia.`)),
    })),
  })

  it('never exceeds the slide budget, and keeps dropped sections in the notes', () => {
    const plan = planDeck(long)
    expect(plan.slides.length).toBeLessThanOrEqual(BUDGET.maxSlides)
    const notes = plan.slides.flatMap(s => s.notes).join('\n')
    for (const section of long.sections) expect(notes).toContain((section.blocks[5] as { text: string }).text)
  })

  it('follows --slides', () => {
    expect(planDeck(long, { slides: 10 }).slides.length).toBe(10)
  })

  it('adds an agenda for four or more sections', () => {
    expect(kinds(planDeck(long).slides)).toContain('agenda')
    expect(kinds(planDeck(zh).slides)).not.toContain('agenda')
  })
})

describe('charts', () => {
  it('charts comparable figures stated together, each bar carrying its verbatim figure', () => {
    const plan = planDeck(article({
      sections: [{ heading: '制程', blocks: [p('台积电营收中，3纳米占20%，5纳米占32%，7纳米占17%。'), p('先进制程的需求持续增长。')] }],
    }))
    const [chart] = only(plan.slides, 'chart')
    expect(chart.bars.map(b => b.figure)).toEqual(['20%', '32%', '17%'])
  })
})

describe('fitTitle', () => {
  it('uses large type for short titles and wraps long ones at the small size', () => {
    expect(fitTitle('短标题', 2, 'zh').titleSize).toBe('large')
    const long = fitTitle('很长的标题'.repeat(12), 2, 'zh')
    expect(long.titleSize).toBe('small')
    expect(displayWidth(long.shownTitle)).toBeLessThanOrEqual(BUDGET.titleLineColumns.small * 2)
  })
})

describe('the byline', () => {
  const planOf = (markdown: string) => generateDeck(markdown).plan

  it('writes an ISO date as the deck\'s language does, beside the author', () => {
    expect(planOf('---\ntitle: T\nauthor: A. Writer\ndate: 2025-09-02T00:00:00.000Z\n---\n\n# T\n\nOne line.\n').byline).toBe('A. Writer · September 2, 2025')
    expect(planOf('---\ntitle: 标题\ndate: 2025-09-02\n---\n\n# 标题\n\n一句话。\n').byline).toBe('2025年9月2日')
  })

  it('names the people of an article that is a conversation, when it has no author', () => {
    const turns = Array.from({ length: 8 }, (_, i) => `**${['Ann Lee', 'Bo Chen', 'Cy Park', 'Di Roy'][i % 4]}:** Line ${i} of the talk.`).join('\n\n')
    expect(planOf(`# Talk\n\n${turns}\n`).byline).toBe('Ann Lee, Bo Chen, and Cy Park')
  })
})

describe('a conversation\'s summary slides', () => {
  it('name the speaker on every bullet, not only where the speaker changes', async () => {
    const { readFileSync } = await import('node:fs')
    const article = readFileSync(new URL('../../tests/corpus/changelog-founders-talk-87.md', import.meta.url), 'utf8')
    const sections = generateDeck(article).plan.slides.filter(slide => slide.kind === 'section')
    expect(sections.length).toBeGreaterThan(2)
    for (const slide of sections) for (const bullet of slide.bullets) expect(bullet.lead, bullet.text).toBeTruthy()
  })
})
