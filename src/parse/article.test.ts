import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Article, Turn } from '../types.ts'
import { ArticleError, parseArticle } from './article.ts'

const builtIn = readFileSync(new URL('../../articles/deepseek-nvidia.md', import.meta.url), 'utf8')

const turns = (article: Article): Turn[] => article.sections.flatMap(s => s.blocks.filter((b): b is Turn => b.kind === 'turn'))

describe('parseArticle on the built-in article', () => {
  const article = parseArticle(builtIn)

  it('reads title, lede, highlights, source and script', () => {
    expect(article.title).toBe('DeepSeek的AI如何让Nvidia市值蒸发5000亿?')
    expect(article.lede).toMatch(/^中国AI初创公司DeepSeek的技术突破/)
    expect(article.highlights).toHaveLength(5)
    expect(article.source).toEqual({ url: 'https://www.youtube.com/watch?v=xqdZvtv9j4U', label: '原链接' })
    expect(article).toMatchObject({ lang: 'zh', locale: 'zh-CN', warnings: [], boilerplate: [], meta: {} })
  })

  it('keeps the six prose sections, then the transcript as a section of turns', () => {
    expect(article.sections.map(s => s.heading)).toEqual([
      'AI新星DeepSeek引发全球科技股震荡',
      'DeepSeek的低成本AI模型如何颠覆市场?',
      'Nvidia的“黑色星期一”:史上最大单日跌幅',
      '软件公司反击:AI普及加速带来新机遇',
      '中美AI竞赛:DeepSeek会成为“新斯普特尼克时刻”吗?',
      '未来展望:AI技术将如何重塑全球科技产业?',
      '详细对话',
    ])
    expect(article.sections.slice(0, 6).every(s => s.blocks.every(b => b.kind === 'paragraph'))).toBe(true)
    expect(article.sections[6].blocks.every(b => b.kind === 'turn')).toBe(true)
  })

  it('splits the transcript into attributed turns and lists the speakers', () => {
    expect(turns(article)).toHaveLength(9)
    expect(turns(article)[2]).toMatchObject({ kind: 'turn', speaker: 'Mike Shepard', text: expect.stringMatching(/^这对Nvidia来说意味着什么/) })
    expect(article.speakers.map(s => s.name)).toEqual(['Caroline Hyde', 'Mandeep Singh', 'Mike Shepard', 'Tony Wong'])
  })
})

describe('parseArticle on other shapes', () => {
  it('reads an English article with Highlights, Transcript, full-width colons and a Source line', () => {
    const article = parseArticle([
      '# Chips', '', '> A short lede.', '', '## Key Points', '- One', '- Two', '',
      '## Market', 'Stocks fell.', '', '## Interview', 'Ann Lee: Hello there.', '', 'More from Ann.', '', '王五：你好。', '',
      'Source: [the paper](https://example.com/a)',
    ].join('\n'))
    expect(article).toMatchObject({ title: 'Chips', lede: 'A short lede.', highlights: ['One', 'Two'], lang: 'en', locale: 'en' })
    expect(article.sections.map(s => s.heading)).toEqual(['Market', 'Interview'])
    expect(turns(article)).toEqual([
      { kind: 'turn', speaker: 'Ann Lee', text: 'Hello there. More from Ann.' },
      { kind: 'turn', speaker: '王五', text: '你好。' },
    ])
    expect(article.source?.url).toBe('https://example.com/a')
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

  it('ignores non-http source links', () => {
    expect(parseArticle('# T\n\n## S\nText.\n\nSource: javascript:alert(1)').source).toBeUndefined()
  })

  it('refuses an article with no text, and one with nothing but credits', () => {
    expect(() => parseArticle('\n\n---\n\n')).toThrow(ArticleError)
    expect(() => parseArticle('Special thanks to Ann for the translation.')).toThrow(/no text but credits/)
  })
})

describe('titles', () => {
  it('prefers front matter, then a [title]: <> line, then the first H1, then the file name, then the first words', () => {
    expect(parseArticle('---\ntitle: From YAML\n---\n\n# H1\n\nText.').title).toBe('From YAML')
    expect(parseArticle('[title]: <> (From a metadata line)\n\n# H1\n\nText.').title).toBe('From a metadata line')
    expect(parseArticle('Text first.\n\n# **Bold H1**\n\nMore.').title).toBe('Bold H1')
    expect(parseArticle('Just text.', { fileName: 'posts/2024-05-01-my-first_post.md' }).title).toBe('My First Post')
    expect(parseArticle('Just text. And more.').title).toBe('Just text. And more.')
  })

  it('drops the H1 that repeats the front matter title, and keeps another H1 as a section', () => {
    expect(parseArticle('---\ntitle: Same\n---\n\n# Same\n\n## A\nText.').sections.map(s => s.heading)).toEqual(['A'])
    expect(parseArticle('---\ntitle: T\n---\n\n# Other\n\nText.\n\n## A\nText.').sections.map(s => s.heading)).toEqual(['Other', 'A'])
  })

  it('never takes a credit line, a turn, HTML or template syntax as the title', () => {
    const credit = parseArticle('Special thanks to Ann for translating.\n\n感谢张三翻译本文。\n\nThe real text.')
    expect(credit.title).toBe('The real text.')
    expect(credit.boilerplate).toEqual(['Special thanks to Ann for translating.', '感谢张三翻译本文。'])
    const talk = parseArticle('Adam Stacoviak: So I am here.\n\nJoe: Hi.\n\nAdam Stacoviak: Welcome.\n\nJoe: Thanks.')
    expect(talk.title).toBe('Adam Stacoviak, Joe')
    expect(parseArticle('# {% include x.html %}<span>Real</span> {{ site.name }}\n\nText.').title).toBe('Real')
    expect(parseArticle('---\ntitle: "<b>Bold</b> {{ site.name }}news"\n---\n\nText.').title).toBe('Bold news')
    expect(parseArticle('---\ntitle: "<img src=x onerror=alert(1)>"\n---\n\n# H1\n\nText.').title).toBe('H1')
  })
})

describe('metadata', () => {
  it('reads date, author and canonical URL from YAML and TOML front matter', () => {
    const yaml = parseArticle('---\ntitle: T\ndate: 2024-05-01\nauthors:\n  - Ann\n  - name: Bo\ncanonical_url: https://example.com/t\n---\n\nText.')
    expect(yaml.meta).toEqual({ date: '2024-05-01', author: 'Ann, Bo' })
    expect(yaml.source).toEqual({ url: 'https://example.com/t', label: '' })
    const toml = parseArticle('+++\ntitle = "From TOML"\ndate = 2024-05-01\nauthor = "Ann"\n[extra]\nx = 1\n+++\n\nText.')
    expect(toml).toMatchObject({ title: 'From TOML', meta: { date: '2024-05-01', author: 'Ann' }, warnings: [] })
  })

  it('reads [key]: <> (value) metadata lines and an Author: byline', () => {
    const article = parseArticle('[title]: <> (T)\n[author]: <> (Ann)\n[date]: <> (2024-05-01)\n\nText.')
    expect(article.meta).toEqual({ date: '2024-05-01', author: 'Ann' })
    const byline = parseArticle('# T\n\n**Author:** [Aimee](https://example.com/a) and SIG Docs\n\nText.')
    expect(byline.meta.author).toBe('Aimee and SIG Docs')
    expect(byline.sections[0].blocks).toEqual([{ kind: 'paragraph', text: 'Text.' }])
  })

  it('lets a Source: line win over a front-matter URL', () => {
    expect(parseArticle('---\nurl: https://example.com/own\n---\n\nText.\n\n原文链接：https://example.com/original').source)
      .toEqual({ url: 'https://example.com/original', label: '原文链接' })
  })

  it('skips front matter that is neither YAML nor TOML, with a warning, and never shows it', () => {
    const article = parseArticle('---\n: [\n.bad = {\n---\n\n# T\n\nText.')
    expect(article.warnings).toEqual(['skipped the front matter (lines 1–4): it is not valid YAML'])
    expect(article.sections.map(s => s.heading)).toEqual([''])
    expect(JSON.stringify(article)).not.toContain('.bad')
  })
})

describe('boilerplate', () => {
  it('moves translator credits, thanks and calls to subscribe or send pull requests out of the sections', () => {
    const article = parseArticle([
      '# T', '', '> 译者：李四', '', '## A', 'Real text.', '', 'Translated from the English original by Ann.', '',
      'Want it in your inbox? Subscribe here.', '', 'Found a typo? Please submit a PR.', '', '613 pull requests were merged last week.',
    ].join('\n'))
    expect(article.lede).toBe('')
    expect(article.boilerplate).toEqual(['译者：李四', 'Translated from the English original by Ann.', 'Want it in your inbox? Subscribe here.', 'Found a typo? Please submit a PR.'])
    expect(article.sections[0].blocks).toEqual([{ kind: 'paragraph', text: 'Real text.' }, { kind: 'paragraph', text: '613 pull requests were merged last week.' }])
  })
})

describe('subheadings', () => {
  it('makes H3+ inside a section subheading blocks, in place', () => {
    const article = parseArticle('# T\n\n## A\nIntro.\n\n### Detail\nMore.\n\n#### Deeper\nMost.')
    expect(article.sections).toEqual([{ heading: 'A', blocks: [
      { kind: 'paragraph', text: 'Intro.' }, { kind: 'subheading', text: 'Detail' }, { kind: 'paragraph', text: 'More.' },
      { kind: 'subheading', text: 'Deeper' }, { kind: 'paragraph', text: 'Most.' },
    ] }])
  })
})

describe('conversations', () => {
  it('finds turns without a transcript heading, in the section they stand in, with continuation paragraphs', () => {
    const article = parseArticle([
      '# T', '', '## Talk', 'Some intro.', '', '**Ann:** First.', '', 'Still Ann.', '', '**Bo**: Second.', '', 'Ann: Third.', '',
      'Bo: Fourth.', '', '- a list ends the run', '', 'After the list.',
    ].join('\n'))
    expect(article.sections[0].blocks).toEqual([
      { kind: 'paragraph', text: 'Some intro.' },
      { kind: 'turn', speaker: 'Ann', text: 'First. Still Ann.' },
      { kind: 'turn', speaker: 'Bo', text: 'Second.' },
      { kind: 'turn', speaker: 'Ann', text: 'Third.' },
      { kind: 'turn', speaker: 'Bo', text: 'Fourth.' },
      { kind: 'list', ordered: false, items: ['a list ends the run'] },
      { kind: 'paragraph', text: 'After the list.' },
    ])
    expect(article.speakers).toEqual([{ name: 'Ann' }, { name: 'Bo' }])
  })

  it('needs two turns for a speaker outside a transcript, and never takes a label word', () => {
    const article = parseArticle('# T\n\nNote: this is a note.\n\nNote: another.\n\nJensen Huang: once is a quote.\n\nText.')
    expect(turns(article)).toEqual([])
    expect(article.speakers).toEqual([])
  })

  it('keeps a conversation with no headings as one section of turns, not a section per paragraph', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `**${i % 2 ? 'Joe Percoco' : 'Adam Stacoviak'}:** \\[${10 + i}:00\\] Turn ${i}.\n\nMore of turn ${i}.`)
    const article = parseArticle(lines.join('\n\n'), { fileName: 'founders-talk-87.md' })
    expect(article.title).toBe('Founders Talk 87')
    expect(article.sections).toHaveLength(1)
    expect(turns(article)).toHaveLength(30)
    expect(turns(article)[1]).toEqual({ kind: 'turn', speaker: 'Joe Percoco', time: '11:00', text: 'Turn 1. More of turn 1.' })
  })

  it('reads speaker labels set as headings (### 名字：) as turns, not sections', () => {
    const article = parseArticle('# 對談\n\n### 唐鳳：\n第一段。\n\n第二段。\n\n### 主持人：\n問題。\n\n### 唐鳳：\n回答。\n\n### 主持人：\n謝謝。\n\n### 來賓：\n只說一次。')
    expect(article.sections).toHaveLength(1)
    expect(turns(article).map(t => [t.speaker, t.text])).toEqual([['唐鳳', '第一段。 第二段。'], ['主持人', '問題。'], ['唐鳳', '回答。'], ['主持人', '謝謝。']])
    expect(article.sections[0].blocks.slice(-2)).toEqual([{ kind: 'subheading', text: '來賓' }, { kind: 'paragraph', text: '只說一次。' }])
  })

  it('gives speakers the roles the article states, on the speaker and on each turn', () => {
    const article = parseArticle([
      '# T', '', '对话SoFi CEO Anthony Noto，以及Brad Gerstner, founder of Altimeter, 和英伟达CEO黄仁勋。', '',
      '## 对话', 'Anthony Noto: 一。', '', 'Brad Gerstner: 二。', '', '黄仁勋：三。', '', 'Lisa Su (CEO, AMD): 四。',
    ].join('\n'))
    expect(article.speakers).toEqual([
      { name: 'Anthony Noto', role: 'SoFi CEO' },
      { name: 'Brad Gerstner', role: 'founder of Altimeter' },
      { name: '黄仁勋', role: '英伟达CEO' },
      { name: 'Lisa Su', role: 'CEO, AMD' },
    ])
    expect(turns(article)[2]).toEqual({ kind: 'turn', speaker: '黄仁勋', role: '英伟达CEO', text: '三。' })
  })

  it('takes Q:/A: and 问：/答： as interview turns', () => {
    const article = parseArticle('# T\n\nQ: Why?\n\nA: Because.\n\nQ: Sure?\n\nA: Yes.\n\n问：为什么？\n\n答：因为。\n\n问：真的？\n\n答：真的。')
    expect(turns(article).map(t => t.speaker)).toEqual(['Q', 'A', 'Q', 'A', '问', '答', '问', '答'])
  })
})

describe('HTML and template tags in an article', () => {
  it('reads HTML blocks and inline tags as text and drops scripts, styles, embeds and comments', () => {
    const article = parseArticle([
      '# <b>T</b>', '', '## S', '<script>alert(1)</script>', '', '<style>p { color: red }</style>', '',
      '<center>**Big** news</center>', '', 'Line one<br>line two <span style="x">kept</span><!-- gone -->.', '',
      '<div id="chart"></div>', '', '<iframe src="https://example.com/x"></iframe>', '',
      '<noscript><img src="chart.png"></noscript>', '',
    ].join('\n'))
    expect(article.title).toBe('T')
    expect(article.sections[0].blocks).toEqual([
      { kind: 'paragraph', text: 'Big news' },
      { kind: 'paragraph', text: 'Line one line two kept.' },
    ])
  })

  it('makes an HTML table a table block and an HTML image an image block', () => {
    const article = parseArticle('# T\n\n## S\n<table><thead><tr><th>Year</th><th>Cost</th></tr></thead>\n<tr><td>2024</td><td>$5<br>net</td></tr></table>\n\n<img src="a.png" alt="A chart">\n')
    expect(article.sections[0].blocks).toEqual([
      { kind: 'table', header: ['Year', 'Cost'], rows: [['2024', '$5 net']] },
      { kind: 'image', src: 'a.png', alt: 'A chart' },
    ])
  })

  it('reads ```=html fences as HTML', () => {
    const article = parseArticle('# T\n\n## S\n```=html\n<script>var data = [1, 2]</script>\n<table><tr><th>a</th></tr><tr><td>1</td></tr></table>\n```\n')
    expect(article.sections[0].blocks).toEqual([{ kind: 'table', header: ['a'], rows: [['1']] }])
  })

  it('removes Liquid, Jekyll and Hugo tags wherever they stand, keeping the text around them and code as written', () => {
    const article = parseArticle([
      '# T', '', '## S', '{% include figure.html src="x" %}', '', 'See [the docs]({{ "/docs/" | relative_url }}) {{ site.title }} now.', '',
      '{{< figure src="a.png"\n  caption="A" >}}', '', 'Before {%- if x -%}inside{%- endif -%} after.', '', 'Styled.\n{: .notice--info}', '',
      '```liquid\n{{ page.title }}\n```',
    ].join('\n'))
    expect(article.sections[0].blocks).toEqual([
      { kind: 'paragraph', text: 'See the docs now.' },
      { kind: 'paragraph', text: 'Before inside after.' },
      { kind: 'paragraph', text: 'Styled.' },
      { kind: 'code', lang: 'liquid', text: '{{ page.title }}' },
    ])
  })
})

describe('locale', () => {
  it('tells Traditional from Simplified Chinese', () => {
    expect(parseArticle('# 對談\n\n這是一個關於數位民主的對話，我們會討論許多議題。').locale).toBe('zh-TW')
    expect(parseArticle('# 对谈\n\n这是一个关于数字民主的对话，我们会讨论许多议题。').locale).toBe('zh-CN')
    expect(parseArticle('# Talk\n\nAn English text.').locale).toBe('en')
  })
})

describe('roles by affiliation', () => {
  it('takes the organisation a speaker belongs to when no job title is stated', () => {
    const article = parseArticle('# T\n\n> Bloomberg Technology的Caroline Hyde与Mike Shepard分析了市场。\n\n## 对话\n\nCaroline Hyde: 你怎么看？\n\nMike Shepard: 市场会恢复。\n\nCaroline Hyde: 为什么？\n\nMike Shepard: 需求仍在。\n')
    expect(article.speakers).toEqual([{ name: 'Caroline Hyde', role: 'Bloomberg Technology' }, { name: 'Mike Shepard', role: 'Bloomberg Technology' }])
  })

  it('does not read "of course" as an organisation', () => {
    const article = parseArticle('# T\n\n## Talk\n\nJane Doe: Then Jane Doe of course left.\n\nBob: Why?\n\nJane Doe: Because.\n\nBob: Fine.\n')
    expect(article.speakers.find(s => s.name === 'Jane Doe')?.role).toBeUndefined()
  })
})

describe('what a reader of the article does not need on a slide', () => {
  it('drops a line of links alone and the transcript\'s stage directions', () => {
    const article = parseArticle('# T\n\n## A\n\n[PNG](a.png) [SVG](a.svg) [Wordcloud of open answers](w.png)\n\nJoe: I\'m from New York. [laughs] You get used to it （笑）.\n\nAnn: Sure (laughter).\n\nJoe: Yes.\n\nAnn: Fine.\n')
    const texts = article.sections.flatMap(s => s.blocks).map(b => 'text' in b ? b.text : '')
    expect(texts.join(' ')).not.toMatch(/PNG|SVG|Wordcloud|laugh|笑/)
    expect(texts).toContain("I'm from New York. You get used to it.")
  })
})

describe('the source line', () => {
  it('is the article\'s source at its top or as its last words, and a citation of data in between', () => {
    const cited = parseArticle('# T\n\n## Money\n\nIncome grew.\n\nSource: [OSS Insight](https://ossinsight.io/x)\n\n## More\n\nDonations fell.\n')
    expect(cited.source).toBeUndefined()
    expect(cited.boilerplate).toEqual(['Source: OSS Insight'])
    const closing = parseArticle('# T\n\n## Money\n\nIncome grew.\n\nSource: https://example.com/post\n')
    expect(closing.source?.url).toBe('https://example.com/post')
    expect(closing.boilerplate).toEqual([])
  })
})
