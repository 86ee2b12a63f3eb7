/**
 * The deck as an editable PowerPoint file, built from the plan with pptxgenjs: no browser, no screenshots.
 * Every slide kind is drawn with PowerPoint's own objects (title placeholders, text with bullets and numbering,
 * callout shapes, native bar charts, tables, pictures), in the web deck's order, with the same notes.
 * Positions and type sizes come from the web deck's design tokens (CANVAS, TYPE, GEOMETRY, THEME): the slide is
 * PowerPoint's 16:9 (13.333 × 7.5 in), where one canvas pixel is about one point, so the planner's budgets hold.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { imageSize } from 'image-size'
import JSZip from 'jszip'
import pptxgenjs from 'pptxgenjs'
import { colourHex } from '../colour.ts'
import { BUDGET, CANVAS, columnsIn, FONTS, GEOMETRY, QR_SIZE, THEME, TYPE } from '../config.ts'
import { oneLine, safeUrl, xmlText } from '../escape.ts'
import { qrCode, qrRuns } from '../qr.ts'
import type { Theme } from '../render/slides.ts'
import { displayWidth } from '../text.ts'
import type { Bar, Bullet, Callout, DeckPlan, Locale, SlideKind, SlideOf, SlidePlan, SourceLink } from '../types.ts'

export interface PptxOptions {
  /** The deck's accent colour, as `--accent` takes it; THEME.accent by default. */
  accent?: string
  theme?: Theme
  /** The deck's `public/` folder: image slides' pictures are read from it; a missing one leaves its caption. */
  publicDir?: string
}

// pptxgenjs's types describe its CommonJS build; Node loads its ES build, whose default export is the class itself.
const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default
type Pptx = InstanceType<typeof PptxGenJS>
type Slide = pptxgenjs.default.Slide
type TextProps = pptxgenjs.default.TextProps
type TextPropsOptions = pptxgenjs.default.TextPropsOptions
type TableCell = pptxgenjs.default.TableCell

/** PowerPoint's 16:9 slide is 13.333 in wide; positions below are canvas pixels, converted at the last moment. */
const SLIDE_INCHES = 13.333
const WIDTH = CANVAS.width
const HEIGHT = CANVAS.width / CANVAS.aspectRatio
const CONTENT = WIDTH - 2 * GEOMETRY.padX
const inch = (px: number) => Math.round(px * SLIDE_INCHES / WIDTH * 1000) / 1000
const pt = (px: number) => Math.round(px * SLIDE_INCHES / WIDTH * 72 * 10) / 10

/** The cover's accent field ends where its byline and source begin. */
const COVER_META = 120
/** A callout's box, as the web deck's FigureCallout lays it out: padding, numeral, two lines of label. */
const CALLOUT = { pad: 18, edge: 6, gap: 24 }
const CALLOUT_HEIGHT = {
  key: 2 * CALLOUT.pad + TYPE.numeral.keyNumbers * 1.1 + TYPE.label * 1.3 * 2 + 12,
  beside: 2 * CALLOUT.pad + TYPE.numeral.beside * 1.1 + TYPE.label * 1.3 * 2 + 12,
}
/** The quote mark's column beside an exchange's turns, and a caption's two lines under a chart or picture. */
const QUOTE_INDENT = 64
const CAPTION = TYPE.label * 1.35 * 2 + 8
/** The agenda's and takeaways' number column, in ems of body type (styles/index.css). */
const NUMBER_COLUMN = 2.2
/** Code in the web deck's size (styles/index.css). */
const CODE_SIZE = 18

const MASTER = { cover: 'DECK_COVER', 1: 'DECK_TITLE_ONE_LINE', 2: 'DECK_TITLE_TWO_LINES' } as const
const OFFICE_LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' }

/** Colours as PowerPoint wants them (six hex digits) and the deck's language. */
interface Style {
  accent: string
  paper: string
  ink: string
  muted: string
  tint: string
  lang: string
}

/** The space under a content slide's title row, above the footer strip, in canvas pixels. */
interface Body {
  top: number
  bottom: number
}

/** The plan as a .pptx file's bytes. */
export async function pptxDeck(plan: DeckPlan, options: PptxOptions = {}): Promise<Uint8Array> {
  const colours = THEME[options.theme ?? 'light']
  const hex = (css: string) => colourHex(css) ?? colourHex(THEME.accent)!
  const style: Style = {
    accent: hex(options.accent ?? THEME.accent),
    paper: hex(colours.paper),
    ink: hex(colours.ink),
    muted: hex(colours.muted),
    tint: hex(colours.tint),
    lang: OFFICE_LANG[plan.locale],
  }
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = xmlText(oneLine(plan.title))
  pptx.subject = xmlText(oneLine(plan.source ? `${plan.source.label}: ${plan.source.url}` : plan.title))
  pptx.author = xmlText(oneLine(plan.byline)) || 'article-deck'
  // pptxgenjs writes `company` into docProps/app.xml unescaped, so only a URL's host name (no markup characters) goes there.
  pptx.company = sourceHost(plan.source) ?? 'article-deck'
  pptx.theme = { headFontFace: FONTS.office.latin, bodyFontFace: FONTS.office.latin }
  defineMasters(pptx, plan, style)
  for (const slide of plan.slides) {
    const lines = slide.kind === 'cover' ? undefined : titleLines(slide)
    const page = pptx.addSlide({ masterName: lines ? MASTER[lines] : MASTER.cover })
    if (slide.kind !== 'cover') title(page, slide, style)
    draw(slide, { page, pptx, style, options, body: frame(lines ?? 1).body })
    const notes = slide.notes.map(paragraph => xmlText(paragraph.trim())).filter(Boolean)
    if (notes.length > 0) page.addNotes(notes.join('\n\n'))
  }
  const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  return fixedXml(written, FONTS.office.eastAsian[plan.locale])
}

/**
 * What the written XML needs beyond pptxgenjs, done on the file's parts:
 * - pptxgenjs names one face for every script of a run (`<a:latin>`, `<a:ea>`, `<a:cs>` alike) and leaves the
 *   theme's East Asian face empty, while PowerPoint draws Chinese with the `ea` face: Inter stays the Latin face,
 *   the CJK face of the deck's script becomes the East Asian one.
 * - A paragraph of several runs gets a `<a:pPr>` after each run, which the schema allows only first (PowerPoint
 *   offers to repair such a file; pptxgenjs issue #1081): the later ones go.
 * - A solid background lacks the `<a:effectLst/>` PowerPoint expects after its fill.
 */
async function fixedXml(pptx: Uint8Array, eastAsian: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx)
  for (const name of Object.keys(zip.files).filter(name => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name))) {
    const xml = await zip.file(name)!.async('string')
    zip.file(name, xml
      .replaceAll(`<a:ea typeface="${FONTS.office.latin}"`, `<a:ea typeface="${eastAsian}"`)
      .replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/gs, '$1')
      .replace(/(<\/a:solidFill>)(<\/p:bgPr>)/g, '$1<a:effectLst/>$2'))
  }
  const theme = await zip.file('ppt/theme/theme1.xml')!.async('string')
  zip.file('ppt/theme/theme1.xml', theme.replaceAll('<a:ea typeface=""/>', `<a:ea typeface="${eastAsian}"/>`))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

function sourceHost(source: SourceLink | undefined): string | undefined {
  const href = source && safeUrl(source.url)
  return href ? new URL(href).hostname : undefined
}

/**
 * The content slides' frame, as the web deck's DeckFrame lays it out: the title row (title, 0.3 em, the 4 px
 * rule) and under it the body, its content centred above the footer strip.
 */
function frame(lines: 1 | 2): { title: { y: number, height: number }, rule: number, body: Body } {
  const size = lines === 1 ? TYPE.title.large : TYPE.title.small
  const title = { y: GEOMETRY.padTop, height: lines * size * 1.2 }
  const rule = title.y + title.height + 0.3 * size
  return { title, rule, body: { top: rule + 4 + 12, bottom: HEIGHT - GEOMETRY.footer - 12 } }
}

/** Lines the slide's shown title takes: the planner picks the large size only for a title that fits one line. */
function titleLines(slide: SlidePlan): 1 | 2 {
  return slide.titleSize === 'large' || displayWidth(slide.shownTitle) <= BUDGET.titleLineColumns.small ? 1 : 2
}

/**
 * Masters: one for the cover (its title placeholder placed for this deck's title and lede, no number), and one per
 * title height for content slides, each with its title placeholder, the accent rule under it, the footer line,
 * the deck's short title and the slide number.
 */
function defineMasters(pptx: Pptx, plan: DeckPlan, style: Style): void {
  const cover = plan.slides[0]?.kind === 'cover' ? coverTitle(plan.slides[0]) : undefined
  pptx.defineSlideMaster({
    title: MASTER.cover,
    background: { color: style.paper },
    objects: [
      { rect: { x: 0, y: 0, w: inch(WIDTH), h: inch(HEIGHT - COVER_META), fill: { color: style.accent }, line: { type: 'none' } } },
      ...(cover ? [titlePlaceholder({ y: cover.y, height: cover.height }, TYPE.coverTitle, 'FFFFFF')] : []),
    ],
  })
  const footerY = HEIGHT - GEOMETRY.footer
  const small = { fontFace: FONTS.office.latin, fontSize: pt(TYPE.small), lang: style.lang, margin: 0, valign: 'middle' } as const
  for (const lines of [1, 2] as const) {
    const { title, rule } = frame(lines)
    pptx.defineSlideMaster({
      title: MASTER[lines],
      background: { color: style.paper },
      objects: [
        titlePlaceholder(title, lines === 1 ? TYPE.title.large : TYPE.title.small, style.ink),
        { rect: { x: inch(GEOMETRY.padX), y: inch(rule), w: inch(CONTENT), h: inch(4), fill: { color: style.accent }, line: { type: 'none' } } },
        { line: { x: 0, y: inch(footerY), w: inch(WIDTH), h: 0, line: { color: style.muted, width: 0.75, transparency: 65 } } },
        { text: { text: xmlText(oneLine(plan.footer)), options: { ...small, x: inch(GEOMETRY.padX), y: inch(footerY), w: inch(CONTENT - 100), h: inch(GEOMETRY.footer), color: style.muted } } },
      ],
      slideNumber: { ...small, x: inch(WIDTH - GEOMETRY.padX - 80), y: inch(footerY), w: inch(80), h: inch(GEOMETRY.footer), color: style.accent, bold: true, align: 'right' },
    })
  }
}

function titlePlaceholder(box: { y: number, height: number }, size: number, color: string) {
  return {
    placeholder: {
      options: {
        name: 'title', type: 'title' as const, x: inch(GEOMETRY.padX), y: inch(box.y), w: inch(CONTENT), h: inch(box.height),
        fontFace: FONTS.office.latin, fontSize: pt(size), bold: true, color, valign: 'bottom' as const, margin: 0,
      },
      text: '',
    },
  }
}

/**
 * Where the cover's title goes: title and lede centred as a block on the accent field, as on the web. The title's
 * box reaches up to the top padding and holds its text at the bottom, so a title that wraps more grows upward.
 */
function coverTitle(cover: SlideOf<'cover'>): { y: number, height: number, ledeTop: number } {
  const lines = (text: string, columns: number, max: number) => Math.min(max, Math.max(1, Math.ceil(displayWidth(text) / columns)))
  const titleHeight = lines(cover.shownTitle, BUDGET.coverTitleColumns, BUDGET.titleMaxLines.cover) * TYPE.coverTitle * 1.15
  const ledeHeight = cover.lede ? TYPE.body * 0.9 + lines(cover.lede, BUDGET.ledeLineColumns, BUDGET.ledeLines) * TYPE.body * TYPE.lineHeight : 0
  const field = HEIGHT - COVER_META
  const top = Math.max(GEOMETRY.padTop, (field - titleHeight - ledeHeight) / 2)
  return { y: GEOMETRY.padTop, height: top + titleHeight - GEOMETRY.padTop, ledeTop: top + titleHeight }
}

interface Context {
  page: Slide
  pptx: Pptx
  style: Style
  options: PptxOptions
  body: Body
}

type Draw<K extends SlideKind> = (slide: SlideOf<K>, ctx: Context) => void

/** What each kind puts under its title (the cover: everything), like the kind table and the layouts; a kind missing here fails to compile. */
const DRAW: { [K in SlideKind]: Draw<K> } = {
  cover(slide, { page, style }) {
    page.addText(xmlText(oneLine(slide.shownTitle)), { ...face(style), placeholder: 'title' })
    const { ledeTop } = coverTitle(slide)
    if (slide.lede) {
      page.addText([text(slide.lede, style, { color: 'FFFFFF' })], {
        x: inch(GEOMETRY.padX), y: inch(ledeTop + TYPE.body * 0.9), w: inch(CONTENT), h: inch(HEIGHT - COVER_META - GEOMETRY.padTop - ledeTop - TYPE.body * 0.9),
        fontSize: pt(TYPE.body), valign: 'top', margin: 0, lineSpacingMultiple: TYPE.lineHeight, fit: 'shrink',
      })
    }
    const meta = [...(slide.byline ? [text(slide.byline, style, { color: style.ink, breakLine: Boolean(slide.source) })] : []), ...sourceLine(slide.source, style)]
    if (meta.length > 0) {
      page.addText(meta, { x: inch(GEOMETRY.padX), y: inch(HEIGHT - COVER_META + 12), w: inch(CONTENT), h: inch(COVER_META - 24), fontSize: pt(TYPE.label), valign: 'middle', margin: 0 })
    }
  },
  agenda(slide, { page, style, body }) {
    numbered(page, slide.items, style, body)
  },
  highlights(slide, { page, style, body }) {
    bullets(page, slide.bullets, style, body, CONTENT)
  },
  'key-numbers'(slide, { page, style, body }) {
    // As on the web: two to a row, an odd last one across the whole row.
    const count = slide.callouts.length
    const columns = Math.min(count, 2)
    const rows = Math.ceil(count / columns)
    const width = (CONTENT - (columns - 1) * CALLOUT.gap) / columns
    const space = body.bottom - body.top
    const height = Math.min(CALLOUT_HEIGHT.key, (space - (rows - 1) * CALLOUT.gap) / rows)
    const top = body.top + (space - rows * height - (rows - 1) * CALLOUT.gap) / 2
    slide.callouts.forEach((c, i) => {
      const across = i === count - 1 && count % columns === 1
      const at = { x: GEOMETRY.padX + (i % columns) * (width + CALLOUT.gap), y: top + Math.floor(i / columns) * (height + CALLOUT.gap), width: across ? CONTENT : width, height }
      callout(page, c, TYPE.numeral.keyNumbers, style, at)
    })
  },
  section(slide, { page, style, body }) {
    if (slide.part) {
      page.addText(String(slide.part).padStart(2, '0'), {
        ...face(style), x: inch(GEOMETRY.padX), y: inch(10), w: inch(80), h: inch(TYPE.small * 1.4), fontSize: pt(TYPE.small), bold: true, color: style.accent, charSpacing: 2, margin: 0,
      })
    }
    const aside = slide.callout ? GEOMETRY.aside + GEOMETRY.gap : 0
    bullets(page, slide.bullets, style, body, CONTENT - aside)
    if (slide.callout) {
      const height = CALLOUT_HEIGHT.beside
      const at = { x: WIDTH - GEOMETRY.padX - GEOMETRY.aside, y: (body.top + body.bottom - height) / 2, width: GEOMETRY.aside, height }
      callout(page, slide.callout, TYPE.numeral.beside, style, at)
    }
  },
  chart(slide, { page, pptx, style, body }) {
    const caption = slide.caption ? CAPTION : 0
    const series = chartSeries(slide.bars)
    const font = { face: FONTS.office.latin, size: pt(TYPE.body) }
    page.addChart(pptx.ChartType.bar, [{ name: xmlText(oneLine(slide.caption)) || 'values', labels: slide.bars.map(bar => xmlText(oneLine(bar.label))), values: series.values }], {
      x: inch(GEOMETRY.padX), y: inch(body.top), w: inch(CONTENT), h: inch(body.bottom - body.top - caption),
      barDir: 'bar', barGapWidthPct: 60, chartColors: [style.accent], lang: style.lang,
      // PowerPoint draws a bar chart's first category at the bottom; the web deck reads top-down. (The type omits 'maxMin'.)
      catAxisOrientation: 'maxMin' as 'minMax',
      catAxisLabelColor: style.ink, catAxisLabelFontFace: font.face, catAxisLabelFontSize: font.size, catAxisLineShow: false,
      valAxisHidden: true, valGridLine: { style: 'none' },
      showValue: true, dataLabelPosition: 'outEnd', dataLabelFormatCode: series.format, dataLabelColor: style.accent,
      dataLabelFontFace: font.face, dataLabelFontSize: font.size, dataLabelFontBold: true,
      showLegend: false, showTitle: false,
    })
    if (slide.caption) {
      page.addText([text(slide.caption, style, { color: style.muted })], {
        x: inch(GEOMETRY.padX), y: inch(body.bottom - caption), w: inch(CONTENT), h: inch(caption), fontSize: pt(TYPE.label), align: 'center', valign: 'top', margin: 0,
      })
    }
  },
  exchange(slide, { page, style, body }) {
    // As on the web: a question is body-sized and muted, the answer (or the one turn) is the quote.
    const runs = slide.turns.flatMap((turn, i) => {
      const question = slide.turns.length > 1 && i < slide.turns.length - 1
      const last = i === slide.turns.length - 1
      return [
        text(turn.text, style, { fontSize: pt(question ? TYPE.body : TYPE.quote), color: question ? style.muted : style.ink, breakLine: true }),
        text(turn.speaker, style, { fontSize: pt(TYPE.label), bold: true, color: style.accent, paraSpaceBefore: pt(TYPE.label * 0.4), paraSpaceAfter: last ? 0 : pt(22) }),
        run(turn.role ? ` · ${clean(turn.role)}` : '', style, { fontSize: pt(TYPE.label), color: style.muted, breakLine: !last }),
      ]
    })
    page.addText('“', { x: inch(GEOMETRY.padX), y: inch(body.top), w: inch(QUOTE_INDENT), h: inch(96), fontFace: 'Georgia', fontSize: pt(96), bold: true, color: style.accent, valign: 'top', margin: 0 })
    page.addText(runs, {
      x: inch(GEOMETRY.padX + QUOTE_INDENT), y: inch(body.top), w: inch(CONTENT - QUOTE_INDENT), h: inch(body.bottom - body.top), valign: 'middle', margin: 0, lineSpacingMultiple: TYPE.lineHeight, fit: 'shrink',
    })
  },
  table(slide, { page, style, body }) {
    const none = { type: 'none' } as const
    const cell = (value: string, header: boolean): TableCell => ({
      text: xmlText(oneLine(value)),
      options: header
        ? { bold: true, color: style.accent, border: [none, none, { pt: 2.25, color: style.accent }, none] }
        : { color: style.ink, border: [none, none, { pt: 0.75, color: style.muted }, none] },
    })
    const caption = slide.excerpt ? CAPTION : 0
    const widths = slide.widths.length === slide.header.length ? { colW: slide.widths.map(width => inch(CONTENT * width / 100)) } : {}
    page.addTable([slide.header.map(h => cell(h, true)), ...slide.rows.map(row => row.map(c => cell(c, false)))], {
      ...face(style), ...widths, x: inch(GEOMETRY.padX), y: inch(body.top), w: inch(CONTENT), fontSize: pt(TYPE.body), valign: 'middle', margin: [pt(8), pt(12), pt(8), pt(12)], autoPage: false,
    })
    if (slide.excerpt) {
      page.addText([text(slide.excerpt, style, { color: style.muted })], {
        x: inch(GEOMETRY.padX), y: inch(body.bottom - caption), w: inch(CONTENT), h: inch(caption), fontSize: pt(TYPE.label), align: 'center', valign: 'bottom', margin: 0,
      })
    }
  },
  image(slide, { page, style, options, body }) {
    const caption = slide.alt ? CAPTION : 0
    const picture = options.publicDir === undefined ? undefined : pictureFile(options.publicDir, slide.picture)
    if (picture) {
      const box = { width: CONTENT, height: body.bottom - body.top - caption }
      const { width = 1, height = 1 } = imageSize(readFileSync(picture))
      const scale = Math.min(box.width / width, box.height / height)
      const [w, h] = [width * scale, height * scale]
      page.addImage({ path: picture, x: inch(GEOMETRY.padX + (box.width - w) / 2), y: inch(body.top + (box.height - h) / 2), w: inch(w), h: inch(h), altText: xmlText(oneLine(slide.alt)) })
    }
    if (slide.alt) {
      // Without its picture the slide still says what it showed.
      page.addText([text(slide.alt, style, { color: style.muted })], {
        x: inch(GEOMETRY.padX), y: inch(picture ? body.bottom - caption : body.top), w: inch(CONTENT), h: inch(picture ? caption : body.bottom - body.top),
        fontSize: pt(TYPE.label), align: 'center', valign: picture ? 'top' : 'middle', margin: 0,
      })
    }
  },
  code(slide, { page, style, body }) {
    page.addText(xmlText(slide.code).replace(/\t/g, '  '), {
      x: inch(GEOMETRY.padX), y: inch(body.top), w: inch(CONTENT), h: inch(body.bottom - body.top), fontFace: FONTS.office.mono, fontSize: pt(CODE_SIZE), lang: style.lang,
      color: style.ink, fill: { color: style.tint }, valign: 'middle', margin: pt(16), lineSpacingMultiple: 1.2, fit: 'shrink',
    })
  },
  closing(slide, { page, style, body }) {
    if (!slide.source) {
      numbered(page, slide.takeaways, style, body)
      return
    }
    // As on the web: the takeaways and the source line centred together as one block, the QR code at the source
    // line's right. The list's height is estimated from its lines; its box reaches up to the body's top, anchored
    // at the bottom, so a list that wraps more grows upward, never over the source.
    const source = { gap: 28, height: TYPE.label * 1.35 * 2 }
    const columns = columnsIn(CONTENT - NUMBER_COLUMN * TYPE.body, TYPE.body)
    const lines = slide.takeaways.reduce((sum, item) => sum + Math.max(1, Math.ceil(displayWidth(item) / columns)), 0)
    const list = lines * TYPE.body * TYPE.lineHeight + (slide.takeaways.length - 1) * TYPE.body * 0.35
    const middle = Math.min(body.bottom - source.gap - source.height, body.top + (body.bottom - body.top + list - source.gap - source.height) / 2)
    numbered(page, slide.takeaways, style, { top: body.top, bottom: middle }, 'bottom')
    const href = safeUrl(slide.source.url)
    const qrWidth = href ? QR_SIZE.slide + 24 : 0
    page.addText(sourceLine(slide.source, style), {
      x: inch(GEOMETRY.padX), y: inch(middle + source.gap), w: inch(CONTENT - qrWidth), h: inch(source.height), fontSize: pt(TYPE.label), valign: 'top', margin: 0,
    })
    if (href) qr(page, href, { x: WIDTH - GEOMETRY.padX - QR_SIZE.slide, y: middle + source.gap, size: QR_SIZE.slide })
  },
}

function draw<K extends SlideKind>(slide: SlideOf<K>, ctx: Context): void {
  (DRAW[slide.kind] as Draw<K>)(slide, ctx)
}

/** A run of article text, one line, in the deck's faces; pptxgenjs encodes XML's markup characters, xmlText drops what XML cannot hold. */
function text(value: string, style: Style, options: TextPropsOptions = {}): TextProps {
  return run(clean(value), style, options)
}

/** A run of text already clean, kept as it is (the space between a bold lead and its sentence). */
function run(value: string, style: Style, options: TextPropsOptions = {}): TextProps {
  return { text: value, options: { ...face(style), ...options } }
}

function clean(value: string): string {
  return xmlText(oneLine(value))
}

function face(style: Style): { fontFace: string, lang: string } {
  return { fontFace: FONTS.office.latin, lang: style.lang }
}

/** The slide's title, in its master's title placeholder: PowerPoint's outline and screen readers see it as the title. */
function title(page: Slide, slide: SlidePlan, style: Style): void {
  page.addText(xmlText(oneLine(slide.shownTitle)), { ...face(style), placeholder: 'title', fontSize: pt(TYPE.title[slide.titleSize]) })
}

/** Bullets as one text box: each sentence a bulleted paragraph, its lead (a subheading) bold in the accent. */
function bullets(page: Slide, items: Bullet[], style: Style, body: Body, width: number): void {
  const paragraph = { bullet: { indent: pt(TYPE.body * 1.2) }, paraSpaceAfter: pt(TYPE.body * 0.55) }
  // pptxgenjs starts a new paragraph at every run with a bullet, so only a paragraph's first run carries it.
  const runs = items.flatMap(({ lead, text: sentence }, i) => [
    ...(lead ? [run(`${clean(lead)} `, style, { ...paragraph, bold: true, color: style.accent })] : []),
    text(sentence, style, { ...(lead ? {} : paragraph), color: style.ink, breakLine: i < items.length - 1 }),
  ])
  page.addText(runs, {
    x: inch(GEOMETRY.padX), y: inch(body.top), w: inch(width), h: inch(body.bottom - body.top), fontSize: pt(TYPE.body), valign: 'middle', margin: 0, lineSpacingMultiple: TYPE.lineHeight, fit: 'shrink',
  })
}

/** Agenda items and takeaways: PowerPoint's own numbering, so an item added in PowerPoint renumbers the rest. */
function numbered(page: Slide, items: string[], style: Style, body: Body, valign: 'middle' | 'bottom' = 'middle'): void {
  if (items.length === 0) return
  const runs = items.map((item, i) => text(item, style, {
    bullet: { type: 'number', indent: pt(TYPE.body * NUMBER_COLUMN) }, paraSpaceAfter: pt(TYPE.body * 0.35), color: style.ink, breakLine: i < items.length - 1,
  }))
  page.addText(runs, {
    x: inch(GEOMETRY.padX), y: inch(body.top), w: inch(CONTENT), h: inch(body.bottom - body.top), fontSize: pt(TYPE.body), valign, margin: 0, lineSpacingMultiple: TYPE.lineHeight, fit: 'shrink',
  })
}

/** A key number as shapes: the tinted card with its accent edge, the value large, its unit, and what it measures. */
function callout(page: Slide, c: Callout, numeral: number, style: Style, box: { x: number, y: number, width: number, height: number }): void {
  page.addShape('roundRect', { x: inch(box.x), y: inch(box.y), w: inch(box.width), h: inch(box.height), fill: { color: style.tint }, line: { type: 'none' }, rectRadius: 0.06 })
  page.addShape('rect', { x: inch(box.x), y: inch(box.y), w: inch(CALLOUT.edge), h: inch(box.height), fill: { color: style.accent }, line: { type: 'none' } })
  const inset = CALLOUT.edge + 20
  page.addText([
    text(c.value, style, { fontSize: pt(numeral), bold: true, color: style.accent }),
    run(c.unit ? ` ${clean(c.unit)}` : '', style, { fontSize: pt(TYPE.body), bold: true, color: style.accent, breakLine: true }),
    text(c.label, style, { fontSize: pt(TYPE.label), color: style.ink, paraSpaceBefore: pt(TYPE.label * 0.45) }),
  ], {
    x: inch(box.x + inset), y: inch(box.y + CALLOUT.pad), w: inch(box.width - inset - 20), h: inch(box.height - 2 * CALLOUT.pad), valign: 'middle', margin: 0, lineSpacingMultiple: 1.1, fit: 'shrink',
  })
}

/** `Source: URL`, the URL a link when it is http(s). */
function sourceLine(source: SourceLink | undefined, style: Style): TextProps[] {
  if (!source) return []
  const href = safeUrl(source.url)
  return [
    run(`${clean(source.label)}: `, style, { bold: true, color: style.muted }),
    text(source.url, style, { color: style.muted, ...(href ? { hyperlink: { url: href } } : {}) }),
  ]
}

/**
 * The source's QR code as one custom shape whose path is the dark modules' runs (src/qr.ts), on a white square:
 * vector, so it scans from a projector and prints crisp, and it is one object to move or delete.
 */
function qr(page: Slide, url: string, at: { x: number, y: number, size: number }): void {
  const code = qrCode(url)
  const module = inch(at.size) / code.size
  const points = qrRuns(code).flatMap(({ x, y, width }) => [
    { x: x * module, y: y * module, moveTo: true },
    { x: (x + width) * module, y: y * module },
    { x: (x + width) * module, y: (y + 1) * module },
    { x: x * module, y: (y + 1) * module },
    { close: true } as const,
  ])
  const square = { x: inch(at.x), y: inch(at.y), w: inch(at.size), h: inch(at.size) }
  page.addShape('rect', { ...square, fill: { color: 'FFFFFF' }, line: { type: 'none' } })
  // pptxgenjs draws custom geometry (`points`) but leaves 'custGeom' out of its shape-name type.
  page.addShape('custGeom' as pptxgenjs.default.SHAPE_NAME, { ...square, points, fill: { color: '000000' }, line: { type: 'none' } })
}

/** The picture's file under the deck's public folder, when it is there and is an image; never a path outside it. */
export function pictureFile(publicDir: string, picture: string): string | undefined {
  const root = resolve(publicDir)
  const path = resolve(root, `./${picture.replace(/^[/\\]+/, '')}`)
  if (!path.startsWith(root + sep) || !existsSync(path)) return undefined
  try {
    return imageSize(readFileSync(path)).width ? path : undefined
  } catch {
    return undefined
  }
}

/**
 * A native chart's numbers and how its data labels show them. When every bar's caption is the same prefix and
 * suffix around a number (`20%`, `$6 million`, `5000亿 美元`), the chart holds those numbers and the label
 * format adds the words back, so the slide reads as the web deck does; otherwise the raw values, as they are.
 */
export function chartSeries(bars: Bar[]): { values: number[], format: string } {
  const parts = bars.map(bar => /^(\D*?)(-?\d[\d,]*(?:\.\d+)?)(\D*)$/.exec(oneLine(bar.shown)))
  const [first] = parts
  if (!first || !parts.every(p => p && p[1] === first[1] && p[3] === first[3])) return { values: bars.map(bar => bar.value), format: 'General' }
  // Quotes and backslashes would end or escape the format's literal text.
  const literal = (words: string) => words ? `"${words.replace(/["\\]/g, '')}"` : ''
  return { values: parts.map(p => Number(p![2].replace(/,/g, ''))), format: `${literal(first[1])}General${literal(first[3])}` }
}
