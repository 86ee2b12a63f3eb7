import { describe, expect, it } from 'vitest'
import type { DeckPlan, TitleSize } from '../types.ts'
import { escapeHtml } from '../escape.ts'
import { handoutFooter, handoutHeader, handoutHtml, type SlideSlots } from './handout.ts'

const HOSTILE = '<script>alert(1)</script> {{ secret }} & <img src=x onerror=alert(2)> "quoted" \'single\''

function titled(title: string): { title: string, shownTitle: string, titleSize: TitleSize } {
  return { title, shownTitle: title, titleSize: 'large' }
}

const PLAN: DeckPlan = {
  title: 'Title <b>bold</b> & co',
  lang: 'en',
  locale: 'en',
  footer: 'Title',
  byline: '',
  keyFigures: [],
  transcript: [],
  minutes: 10,
  slides: [
    { ...titled('Cover'), kind: 'cover', lede: 'Lede', byline: '', source: { url: 'https://example.com/a?b=1&c=2', label: 'Source' }, notes: ['Cover note.'] },
    { ...titled('Section <i>one</i>'), kind: 'section', bullets: [], notes: [HOSTILE, 'Second paragraph.'] },
    { ...titled('Thanks'), kind: 'closing', takeaways: [], notes: ['Closing note & goodbye.'] },
  ],
}

const SLOTS: SlideSlots = { href: i => `https://slot.invalid/n&once/${i}`, aspectRatio: 980 / 552 }

describe('escapeHtml', () => {
  it('escapes the characters HTML gives meaning to and keeps everything else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> {{ v }}`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; {{ v }}')
  })
})

describe('handoutHtml', () => {
  const html = handoutHtml(PLAN, SLOTS)

  it('shows hostile notes as text, never as markup', () => {
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{ secret }} &amp; &lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &#39;single&#39;')
  })

  it('has every slide: its slot, its title and each notes paragraph, in order', () => {
    let from = 0
    PLAN.slides.forEach((slide, i) => {
      const at = html.indexOf(`<a class="slot" href="${escapeHtml(SLOTS.href(i))}"></a>`, from)
      expect(at, `slot of slide ${i + 1}`).toBeGreaterThan(from - 1)
      expect(html).toContain(`${i + 1}. ${escapeHtml(slide.title)}`)
      for (const paragraph of slide.notes) expect(html).toContain(`<p>${escapeHtml(paragraph)}</p>`)
      from = at
    })
  })

  it('links the source on the first page, only when it is http(s)', () => {
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2">')
    const cover = { ...PLAN.slides[0], source: { url: 'javascript:alert(1)', label: 'x' } }
    const unsafe = handoutHtml({ ...PLAN, slides: [cover, ...PLAN.slides.slice(1)] }, SLOTS)
    expect(unsafe).not.toContain('javascript:')
  })

  it('declares the language so Chromium picks Chinese glyph forms', () => {
    expect(handoutHtml({ ...PLAN, lang: 'zh' }, SLOTS)).toContain('<html lang="zh-CN">')
  })
})

describe('header and footer templates', () => {
  it('escape the title and carry the page number placeholders', () => {
    expect(handoutHeader(PLAN)).toContain('Title &lt;b&gt;bold&lt;/b&gt; &amp; co')
    expect(handoutFooter(PLAN)).toContain('<span class="pageNumber"></span>')
  })
})
