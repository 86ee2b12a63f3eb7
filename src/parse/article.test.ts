import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ArticleError, parseArticle } from './article.ts'

const builtIn = readFileSync(new URL('../../articles/deepseek-nvidia.md', import.meta.url), 'utf8')

describe('parseArticle on the built-in article', () => {
  const article = parseArticle(builtIn)

  it('reads title, lede, highlights and source', () => {
    expect(article.title).toBe('DeepSeek的AI如何让Nvidia市值蒸发5000亿?')
    expect(article.lede).toMatch(/^中国AI初创公司DeepSeek的技术突破/)
    expect(article.highlights).toHaveLength(5)
    expect(article.source).toEqual({ url: 'https://www.youtube.com/watch?v=xqdZvtv9j4U', label: '原链接' })
    expect(article.lang).toBe('zh')
  })

  it('keeps the six prose sections and no special part among them', () => {
    expect(article.sections.map(s => s.heading)).toEqual([
      'AI新星DeepSeek引发全球科技股震荡',
      'DeepSeek的低成本AI模型如何颠覆市场?',
      'Nvidia的“黑色星期一”:史上最大单日跌幅',
      '软件公司反击:AI普及加速带来新机遇',
      '中美AI竞赛:DeepSeek会成为“新斯普特尼克时刻”吗?',
      '未来展望:AI技术将如何重塑全球科技产业?',
    ])
    expect(article.sections.every(s => s.blocks.every(b => b.kind === 'paragraph'))).toBe(true)
  })

  it('splits the transcript into attributed turns', () => {
    expect(article.dialogue).toHaveLength(9)
    expect(article.dialogue[0].speaker).toBe('Caroline Hyde')
    expect(article.dialogue[2]).toMatchObject({ speaker: 'Mike Shepard', text: expect.stringMatching(/^这对Nvidia来说意味着什么/) })
  })
})

describe('parseArticle on other shapes', () => {
  it('reads an English article with Highlights, Transcript, full-width colons and a Source line', () => {
    const article = parseArticle([
      '# Chips', '', '> A short lede.', '', '## Key Points', '- One', '- Two', '',
      '## Market', 'Stocks fell.', '', '## Interview', 'Ann Lee: Hello there.', '', 'More from Ann.', '', '王五：你好。', '',
      'Source: [the paper](https://example.com/a)',
    ].join('\n'))
    expect(article).toMatchObject({ title: 'Chips', lede: 'A short lede.', highlights: ['One', 'Two'], lang: 'en' })
    expect(article.sections.map(s => s.heading)).toEqual(['Market'])
    expect(article.dialogue).toEqual([{ speaker: 'Ann Lee', text: 'Hello there. More from Ann.' }, { speaker: '王五', text: '你好。' }])
    expect(article.source?.url).toBe('https://example.com/a')
  })

  it('takes the title from YAML front matter', () => {
    expect(parseArticle('---\ntitle: From YAML\n---\n\nSome text.').title).toBe('From YAML')
  })

  it('uses H3 sections when there are no H2s, and groups paragraphs when there are no headings', () => {
    expect(parseArticle('# T\n\n### One\nA.\n\n### Two\nB.').sections.map(s => s.heading)).toEqual(['One', 'Two'])
    const plain = parseArticle('# T\n\n' + Array.from({ length: 7 }, (_, i) => `Paragraph ${i}.`).join('\n\n'))
    expect(plain.sections.map(s => s.blocks.length)).toEqual([3, 3, 1])
    expect(plain.sections.every(s => s.heading === '')).toBe(true)
  })

  it('keeps lists, tables, code and images as typed blocks', () => {
    const article = parseArticle('# T\n\n## S\n- a\n- b\n\n| h1 | h2 |\n|---|---|\n| x | y |\n\n```js\nlet a = 1\n```\n\n![chart](chart.png)\n')
    expect(article.sections[0].blocks).toEqual([
      { kind: 'list', ordered: false, items: ['a', 'b'] },
      { kind: 'table', header: ['h1', 'h2'], rows: [['x', 'y']] },
      { kind: 'code', lang: 'js', text: 'let a = 1' },
      { kind: 'image', src: 'chart.png', alt: 'chart' },
    ])
  })

  it('treats raw HTML as text and ignores non-http source links', () => {
    const article = parseArticle('# <b>T</b>\n\n## S\n<script>x</script> text\n\nSource: javascript:alert(1)')
    expect(article.title).toBe('<b>T</b>')
    expect(article.sections[0].blocks[0]).toEqual({ kind: 'paragraph', text: '<script>x</script> text' })
    expect(article.source).toBeUndefined()
  })

  it('refuses an article with no text', () => {
    expect(() => parseArticle('\n\n---\n\n')).toThrow(ArticleError)
  })
})
