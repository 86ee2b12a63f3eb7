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
  byline: 'Jane Doe · 2025-01-27',
  source: { url: 'https://example.com/a?b=1&c=2', label: 'Source' },
  keyFigures: [{ figure: '$600 <b>billion</b>', label: 'Nvidia lost & more', sentence: HOSTILE }],
  transcript: [{ speaker: 'Jane <i>Doe</i>', role: 'CEO & founder', text: 'Is this the end?' }, { speaker: 'John', text: HOSTILE }],
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

  it('opens with the title, the byline, the source as a link and as a QR code, only when it is http(s)', () => {
    const front = html.slice(html.indexOf('<header'), html.indexOf('<section'))
    expect(front).toContain('<h1>Title &lt;b&gt;bold&lt;/b&gt; &amp; co</h1>')
    expect(front).toContain('Jane Doe · 2025-01-27')
    expect(front).toContain('<a href="https://example.com/a?b=1&amp;c=2">')
    expect(front).toMatch(/<div class="qr" data-qr><svg [^>]*viewBox="0 0 \d+ \d+"[^>]*><rect [^>]*\/><path d="(M\d+ \d+h\d+v1h-\d+z)+"/)
    const unsafe = handoutHtml({ ...PLAN, source: { url: 'javascript:alert(1)', label: 'x' } }, SLOTS)
    expect(unsafe).not.toContain('javascript:')
    expect(unsafe).not.toContain('data-qr')
  })

  it('lists the key figures on the first page: figure, what it measures, the sentence it comes from', () => {
    const table = html.slice(html.indexOf('<table class="key-figures">'), html.indexOf('</table>'))
    expect(html.indexOf('<table class="key-figures">')).toBeLessThan(html.indexOf('<section'))
    expect(table).toContain('<th>Figures</th><th>What it measures</th><th>In the article</th>')
    expect(table).toContain(`<tr><td class="figure">$600 &lt;b&gt;billion&lt;/b&gt;</td><td>Nvidia lost &amp; more</td><td>${escapeHtml(HOSTILE)}</td></tr>`)
    expect(handoutHtml({ ...PLAN, keyFigures: [] }, SLOTS)).not.toContain('<table')
  })

  it('ends with the whole transcript, speaker and role before each turn, when there is one', () => {
    const appendix = html.slice(html.indexOf('<article class="transcript">'))
    expect(html.indexOf('<article class="transcript">')).toBeGreaterThan(html.lastIndexOf('<section'))
    expect(appendix).toContain('<h2>Full transcript</h2>')
    expect(appendix).toContain('<span class="speaker">Jane &lt;i&gt;Doe&lt;/i&gt;</span><span class="role"> · CEO &amp; founder</span>: Is this the end?')
    expect(appendix).toContain(`<span class="speaker">John</span>: ${escapeHtml(HOSTILE)}`)
    expect(handoutHtml({ ...PLAN, transcript: [] }, SLOTS)).not.toContain('class="transcript"')
  })

  it('declares the language so Chromium picks Chinese glyph forms', () => {
    expect(handoutHtml({ ...PLAN, lang: 'zh', locale: 'zh-CN' }, SLOTS)).toContain('<html lang="zh-CN">')
  })
})

describe('header and footer templates', () => {
  it('escape the title and carry the page number placeholders', () => {
    expect(handoutHeader(PLAN)).toContain('Title &lt;b&gt;bold&lt;/b&gt; &amp; co')
    expect(handoutFooter(PLAN)).toContain('<span class="pageNumber"></span>')
  })
})
