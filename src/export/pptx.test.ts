import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { FONTS, QR_SIZE } from '../config.ts'
import { generateDeck } from '../generate.ts'
import { qrCode, qrRuns } from '../qr.ts'
import type { DeckPlan, SlidePlan, TitleSize } from '../types.ts'
import { chartSeries, pictureFile, pptxDeck } from './pptx.ts'

/** A PPTX opened as the zip it is: each slide's text runs and notes, in slide order, and any part by name. */
interface OpenedPptx {
  zip: JSZip
  slides: string[]
  notes: string[]
  part(name: string): Promise<string>
}

async function open(bytes: Uint8Array): Promise<OpenedPptx> {
  const zip = await JSZip.loadAsync(bytes)
  const count = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length
  const part = (name: string) => zip.file(name)!.async('string')
  const slides = await Promise.all(Array.from({ length: count }, (_, i) => part(`ppt/slides/slide${i + 1}.xml`)))
  const notes = await Promise.all(Array.from({ length: count }, (_, i) => part(`ppt/notesSlides/notesSlide${i + 1}.xml`)))
  return { zip, slides, notes, part }
}

/** The text of an XML part's runs, joined, entities decoded, without white space (so wrapped text still matches). */
function runText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => decode(m[1])).join('').replace(/\s+/g, '')
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')
}

const compact = (text: string) => text.replace(/\s+/g, '')

describe('the built-in article as a PPTX', () => {
  const source = readFileSync(join(import.meta.dirname, '../../articles/deepseek-nvidia.md'), 'utf8')
  const { plan } = generateDeck(source)
  let pptx: OpenedPptx

  beforeAll(async () => { pptx = await open(await pptxDeck(plan)) })

  it('has the web deck\'s slides, in order, each with its title as the title placeholder', () => {
    expect(pptx.slides).toHaveLength(plan.slides.length)
    plan.slides.forEach((slide, i) => {
      const xml = pptx.slides[i]
      expect(xml, `slide ${i + 1}`).toMatch(/<p:ph[^>]*type="title"/)
      expect(runText(xml)).toContain(compact(slide.shownTitle))
    })
  })

  it('carries every slide\'s text: bullets, agenda items, callout values, units and labels, quotes and speakers', () => {
    plan.slides.forEach((slide, i) => {
      const text = runText(pptx.slides[i])
      for (const expected of slideTexts(slide)) expect(text, `slide ${i + 1}`).toContain(compact(expected))
    })
  })

  it('puts each slide\'s notes in its notes page', () => {
    plan.slides.forEach((slide, i) => {
      const notes = runText(pptx.notes[i])
      for (const paragraph of slide.notes) expect(notes, `notes of slide ${i + 1}`).toContain(compact(paragraph))
    })
  })

  it('numbers every slide but the cover', () => {
    expect(pptx.slides[0]).not.toContain('type="sldNum"')
    for (const xml of pptx.slides.slice(1)) expect(xml).toMatch(/<a:fld [^>]*type="slidenum"/)
  })

  it('names the title and source in the file\'s properties', async () => {
    const core = await pptx.part('docProps/core.xml')
    expect(decode(/<dc:title>([^<]*)<\/dc:title>/.exec(core)![1])).toBe(plan.title)
    expect(decode(/<dc:subject>([^<]*)<\/dc:subject>/.exec(core)![1])).toContain(plan.source!.url)
    expect(await pptx.part('docProps/app.xml')).toContain('<Company>www.youtube.com</Company>')
  })

  it('sets Latin text in Inter and Chinese in the CJK face, with the deck\'s language', async () => {
    const xml = pptx.slides[1]
    expect(xml).toContain(`<a:latin typeface="${FONTS.office.latin}"`)
    expect(xml).toContain(`<a:ea typeface="${FONTS.office.eastAsian['zh-CN']}"`)
    expect(xml).not.toContain(`<a:ea typeface="${FONTS.office.latin}"`)
    expect(xml).toContain('lang="zh-CN"')
    expect(await pptx.part('ppt/theme/theme1.xml')).toContain(`<a:ea typeface="${FONTS.office.eastAsian['zh-CN']}"/>`)
  })

  it('is 16:9 with the theme\'s accent', async () => {
    expect(await pptx.part('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/)
    expect(pptx.slides[4]).toContain('<a:srgbClr val="1F4E79"/>')
  })

  it('draws the source\'s QR code on the closing slide as one vector shape of the code\'s runs', () => {
    const closing = pptx.slides.at(-1)!
    const path = /<a:custGeom>[\s\S]*?<a:pathLst>([\s\S]*?)<\/a:pathLst>/.exec(closing)?.[1] ?? ''
    expect(path.match(/<a:moveTo>/g)).toHaveLength(qrRuns(qrCode(plan.source!.url)).length)
  })
})

function slideTexts(slide: SlidePlan): string[] {
  switch (slide.kind) {
    case 'cover': return [slide.lede, slide.byline, ...(slide.source ? [slide.source.url] : [])]
    case 'agenda': return slide.items
    case 'highlights': return slide.bullets.flatMap(b => [b.lead ?? '', b.text])
    case 'key-numbers': return slide.callouts.flatMap(c => [c.value, c.unit, c.label])
    case 'section': return [...slide.bullets.flatMap(b => [b.lead ?? '', b.text]), ...(slide.callout ? [slide.callout.value, slide.callout.label] : [])]
    // The bars' labels are in the chart's own part.
    case 'chart': return [slide.caption]
    case 'exchange': return slide.turns.flatMap(t => [t.text, t.speaker, t.role ?? ''])
    case 'table': return [...slide.header, ...slide.rows.flat(), slide.excerpt ?? '']
    case 'image': return [slide.alt]
    case 'code': return slide.code.split('\n')
    case 'closing': return [...slide.takeaways, ...(slide.source ? [slide.source.url] : [])]
  }
}

function titled(title: string, titleSize: TitleSize = 'large'): { title: string, shownTitle: string, titleSize: TitleSize } {
  return { title, shownTitle: title, titleSize }
}

const HOSTILE = 'A <script>alert(1)</script> & "quotes" \u0007bell\u0000nul \uD800 end'

/** One slide of every kind, English, with hostile text and a picture that is there and one that is not. */
const EVERY_KIND: DeckPlan = {
  title: 'Every kind & more',
  lang: 'en',
  locale: 'en',
  footer: 'Every kind',
  byline: 'Jane Doe · 2025-01-27',
  source: { url: 'https://example.com/a?b=1&c=2', label: 'Source' },
  keyFigures: [],
  transcript: [],
  minutes: 10,
  slides: [
    { ...titled('Every kind & more'), kind: 'cover', lede: 'A lede.', byline: 'Jane Doe · 2025-01-27', source: { url: 'https://example.com/a?b=1&c=2', label: 'Source' }, notes: ['Cover notes.'] },
    { ...titled('Agenda'), kind: 'agenda', items: ['First part', 'Second part'], notes: [] },
    { ...titled('Highlights'), kind: 'highlights', bullets: [{ lead: 'Lead', text: HOSTILE }, { text: 'Plain sentence.' }], notes: ['Highlights notes.\nSecond line.'] },
    { ...titled('Key numbers'), kind: 'key-numbers', callouts: [{ figure: '$600 billion', value: '$600', unit: 'billion', label: 'Nvidia lost' }, { figure: '17%', value: '17', unit: '%', label: 'one-day fall' }, { figure: '3x', value: '3', unit: '×', label: 'cheaper' }], notes: [] },
    { ...titled('A section whose title is long enough to wrap onto a second line at the small size', 'small'), kind: 'section', bullets: [{ text: 'One.' }, { text: 'Two.' }], callout: { figure: '12%', value: '12', unit: '%', label: 'Broadcom dropped' }, part: 1, notes: ['Section notes.'] },
    { ...titled('Revenue by node'), kind: 'chart', bars: [{ label: '3 nm', figure: '20%', value: 20, shown: '20%' }, { label: '5 nm', figure: '32%', value: 32, shown: '32%' }, { label: '7 nm', figure: '17%', value: 17, shown: '17%' }], caption: 'Share of revenue', notes: [] },
    { ...titled('Dialogue'), kind: 'exchange', turns: [{ speaker: 'Jane Doe', role: 'CEO', text: 'Is this the end?' }, { speaker: 'John Smith', text: 'No, it is not.' }], notes: ['Jane Doe: Is this the end?'] },
    { ...titled('A table'), kind: 'table', header: ['Company', 'Fall'], rows: [['Nvidia', '17%'], ['Broadcom', '12%']], widths: [70, 30], excerpt: 'First 2 of 9 rows', notes: [] },
    { ...titled('A picture'), kind: 'image', picture: '/images/pixel.png', alt: 'One pixel', notes: [] },
    { ...titled('A missing picture'), kind: 'image', picture: '/images/missing.png', alt: 'Not there', notes: [] },
    { ...titled('Some code'), kind: 'code', language: 'ts', code: 'const a = 1\n  return a < 2 && b', notes: [] },
    { ...titled('Takeaways'), kind: 'closing', takeaways: ['One', 'Two'], source: { url: 'https://example.com/a?b=1&c=2', label: 'Source' }, notes: [] },
  ],
}

/** A 1×1 PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describe('every slide kind as PowerPoint objects', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
  mkdirSync(join(publicDir, 'images'))
  writeFileSync(join(publicDir, 'images', 'pixel.png'), PIXEL)
  let pptx: OpenedPptx
  let dark: OpenedPptx

  beforeAll(async () => {
    pptx = await open(await pptxDeck(EVERY_KIND, { publicDir }))
    dark = await open(await pptxDeck(EVERY_KIND, { publicDir, accent: 'teal', theme: 'dark' }))
  })

  it('keeps the plan\'s count and text for every kind', () => {
    expect(pptx.slides).toHaveLength(EVERY_KIND.slides.length)
    EVERY_KIND.slides.forEach((slide, i) => {
      const text = runText(pptx.slides[i])
      expect(text).toContain(compact(slide.shownTitle))
      for (const expected of slideTexts(slide).map(t => t.replace(/[\u0000-\u0008\uD800]/g, '\uFFFD'))) expect(text, `slide ${i + 1}`).toContain(compact(expected))
    })
  })

  it('writes well-formed XML whatever the article holds: markup encoded, control characters replaced', async () => {
    for (const name of Object.keys(pptx.zip.files).filter(n => n.endsWith('.xml'))) {
      // eslint-disable-next-line no-control-regex
      expect(await pptx.part(name), name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|<script>/)
    }
    expect(pptx.slides[2]).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')
  })

  it('writes bullets with bold leads, numbered agenda and takeaways', () => {
    const paragraphs = pptx.slides[2].match(/<a:p>.*?<\/a:p>/gs)!.filter(p => p.includes('<a:buChar'))
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]).toMatch(/<a:rPr [^>]*b="1"[^>]*>(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>Lead <\/a:t><\/a:r><a:r>/s)
    for (const xml of pptx.slides) expect(xml).not.toMatch(/<\/a:r><a:pPr/)
    for (const i of [1, 11]) expect(pptx.slides[i]).toContain('<a:buAutoNum type="arabicPeriod"')
  })

  it('draws callouts as shapes with the value large', () => {
    expect(pptx.slides[3].match(/prst="roundRect"/g)).toHaveLength(3)
    expect(pptx.slides[3]).toMatch(/sz="7050"[^>]*>(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>\$600<\/a:t>/s)
  })

  it('makes a native bar chart from the bars\' numbers', async () => {
    const charts = Object.keys(pptx.zip.files).filter(n => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    expect(charts).toHaveLength(1)
    const chart = await pptx.part(charts[0])
    expect(chart).toContain('<c:barDir val="bar"/>')
    for (const value of ['20', '32', '17']) expect(chart).toContain(`<c:v>${value}</c:v>`)
    for (const label of ['3 nm', '5 nm', '7 nm']) expect(chart).toContain(`<c:v>${label}</c:v>`)
    expect(chart).toContain('formatCode="General&quot;%&quot;"')
  })

  it('writes quotes with speaker · role, tables as tables, code in the monospace face', () => {
    expect(pptx.slides[6]).toContain('<a:t>Jane Doe</a:t>')
    expect(pptx.slides[6]).toContain('<a:t> · CEO</a:t>')
    expect(pptx.slides[7]).toContain('<a:tbl>')
    expect(pptx.slides[7].match(/<a:tc>|<a:tc /g)).toHaveLength(6)
    expect(pptx.slides[10]).toContain(`<a:latin typeface="${FONTS.office.mono}"`)
  })

  it('places a picture from the public folder and leaves only the caption when it is missing', () => {
    expect(Object.keys(pptx.zip.files).filter(n => n.startsWith('ppt/media/') && !pptx.zip.files[n].dir)).toHaveLength(1)
    expect(pptx.slides[8]).toContain('<p:pic>')
    expect(pptx.slides[9]).not.toContain('<p:pic>')
    expect(runText(pptx.slides[9])).toContain('Notthere')
  })

  it('takes --accent and --theme', () => {
    expect(dark.slides[4]).toContain('<a:srgbClr val="008080"/>')
    expect(pptx.slides[4]).not.toContain('008080')
  })

  it('sizes the closing QR code as the web deck does', () => {
    const qr = /<p:sp>(?:(?!<\/p:sp>).)*<a:custGeom>/s.exec(pptx.slides[11])?.[0] ?? ''
    const side = Math.round(QR_SIZE.slide * 13.333 / 980 * 914400)
    expect(Number(/<a:ext cx="(\d+)"/.exec(qr)?.[1])).toBeCloseTo(side, -3)
  })
})

describe('chartSeries', () => {
  const bar = (value: number, shown: string) => ({ label: shown, figure: shown, value, shown })

  it('charts the shown numbers and writes their words into the label format', () => {
    expect(chartSeries([bar(20, '20%'), bar(32, '32%')])).toEqual({ values: [20, 32], format: 'General"%"' })
    expect(chartSeries([bar(6e6, '$6 million'), bar(1.2e7, '$12 million')])).toEqual({ values: [6, 12], format: '"$"General" million"' })
    expect(chartSeries([bar(5e11, '5,000亿 美元'), bar(1e11, '1000亿 美元')])).toEqual({ values: [5000, 1000], format: 'General"亿 美元"' })
  })

  it('falls back to the raw values when the captions do not share their words', () => {
    expect(chartSeries([bar(6e6, '$6 million'), bar(1.2e9, '$1.2 billion')])).toEqual({ values: [6e6, 1.2e9], format: 'General' })
    expect(chartSeries([bar(1, 'one "x"'), bar(2, 'two')]).format).toBe('General')
  })

  it('keeps quotes out of the format', () => {
    expect(chartSeries([bar(1, '1 "in"'), bar(2, '2 "in"')]).format).toBe('General" in"')
  })
})

describe('pictureFile', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'deck-pictures-'))
  writeFileSync(join(publicDir, 'pixel.png'), PIXEL)
  writeFileSync(join(publicDir, 'text.png'), 'not an image')

  it('finds pictures under the public folder, with or without a leading slash', () => {
    expect(pictureFile(publicDir, '/pixel.png')).toBe(join(publicDir, 'pixel.png'))
    expect(pictureFile(publicDir, 'pixel.png')).toBe(join(publicDir, 'pixel.png'))
  })

  it('refuses paths outside it, missing files and files that are no image', () => {
    for (const picture of ['../../etc/passwd', '/../pixel.png', 'missing.png', 'text.png', '']) expect(pictureFile(publicDir, picture), picture).toBeUndefined()
  })
})
