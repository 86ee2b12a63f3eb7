/**
 * The handout as one self-contained HTML page, printed by Chromium to A4: a first page to keep (title, byline,
 * the source as a link and a QR code, the key figures with what they measure and the sentence they come from),
 * then each slide above its speaker notes, two slides to a page, then the full transcript when the article has
 * one. Where a slide goes, the page holds an empty box of the slide's shape wrapped in a link; Chromium prints
 * the link as an annotation with the box's page and rectangle, and the deck PDF's page is drawn there afterwards
 * (print.ts). Everything from the article goes through `escapeHtml`.
 */
import { FONTS, LABELS, QR_SIZE } from '../config.ts'
import { escapeHtml, safeUrl } from '../escape.ts'
import { qrCode, qrSvg } from '../qr.ts'
import type { DeckPlan, Locale, SlidePlan } from '../types.ts'

/** Chromium's page margins; the header and footer templates are drawn inside them. */
export const HANDOUT_MARGIN = { top: '16mm', bottom: '16mm', left: '16mm', right: '16mm' }

/** Inline style of the header and footer text: templates see none of the page's CSS. */
function marginText(locale: Locale): string {
  return `width: 100%; padding: 0 16mm; font-size: 8pt; color: #6b7280; font-family: ${FONTS.sans[locale].replace(/"/g, '&quot;')};`
}

/** How wide a slide is drawn: 80% of the 178 mm between the margins keeps two slides and their notes on a page. */
export const SLOT_WIDTH_MM = 142
const SLOT_BORDER_MM = 0.3

/** Where the slides go: slot i links to `href(i)`; the box has the printed slide's shape. */
export interface SlideSlots {
  href(index: number): string
  /** Width ÷ height of a printed slide. */
  aspectRatio: number
}

function css(slots: SlideSlots, locale: Locale): string {
  return `
* { box-sizing: border-box; }
body { margin: 0; font: 10.5pt/1.6 ${FONTS.sans[locale]}; color: #1f2937; }
.front { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 8mm; align-items: start; }
h1 { font-size: 18pt; line-height: 1.3; margin: 0 0 2mm; }
.byline { margin: 0 0 2mm; color: #4b5563; }
.source { font-size: 9pt; color: #4b5563; word-break: break-all; margin: 0; }
.qr { width: ${QR_SIZE.handoutMm}mm; height: ${QR_SIZE.handoutMm}mm; }
.qr svg { display: block; width: 100%; height: 100%; }
h2 { font-size: 12pt; margin: 8mm 0 3mm; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.45; }
th { text-align: left; font-weight: 600; color: #4b5563; border-bottom: 0.4mm solid #1f2937; padding: 1mm 2mm 1mm 0; }
td { vertical-align: top; border-bottom: 0.2mm solid #d1d5db; padding: 1.5mm 2mm 1.5mm 0; }
tr { break-inside: avoid; }
td.figure { font-weight: 700; white-space: nowrap; }
/* What a figure measures fits its column on one line (labels are built to BUDGET.labelColumns); the sentence takes the rest. */
.key-figures th:nth-child(2) { width: 32%; }
.slide { width: ${SLOT_WIDTH_MM + 2 * SLOT_BORDER_MM}mm; margin: 0 auto 6mm; }
/* Every odd slide opens a page (the first after the front page): at most two slides share one, and a long note never drags the next slide up. */
.slide:nth-of-type(2n+1) { break-before: page; }
figure { margin: 0; break-inside: avoid; }
/* Content-box sizing: the slide is drawn exactly over the box inside the border. */
.slot { display: block; box-sizing: content-box; width: ${SLOT_WIDTH_MM}mm; aspect-ratio: ${slots.aspectRatio}; border: ${SLOT_BORDER_MM}mm solid #d1d5db; }
figcaption { margin: 1mm 0 2mm; font-size: 9pt; color: #6b7280; }
.notes p { margin: 0 0 2mm; white-space: pre-wrap; }
.transcript { break-before: page; }
.transcript h2 { margin-top: 0; }
.turn { margin: 0 0 2.5mm; break-inside: avoid; }
.turn .speaker { font-weight: 700; }
.turn .role { color: #6b7280; }
`
}

/** The whole handout page, with an empty slot for each slide's picture. */
export function handoutHtml(plan: DeckPlan, slots: SlideSlots): string {
  const slides = plan.slides.map((slide, i) => slideHtml(slide, i, slots.href(i)))
  return `<!doctype html>
<html lang="${plan.locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(plan.title)}</title>
<style>${css(slots, plan.locale)}</style>
</head>
<body>
${frontPage(plan)}
${slides.join('\n')}
${transcriptHtml(plan)}
</body>
</html>
`
}

/** The page a reader keeps: what the article is, where it is, and its numbers with where they come from. */
function frontPage(plan: DeckPlan): string {
  const labels = LABELS[plan.locale]
  const href = plan.source && safeUrl(plan.source.url)
  const byline = plan.byline ? `<p class="byline">${escapeHtml(plan.byline)}</p>` : ''
  const link = href ? `<p class="source">${escapeHtml(labels.source)}: <a href="${escapeHtml(href)}">${escapeHtml(href)}</a></p>` : ''
  const qr = href ? `<div class="qr" data-qr>${qrSvg(qrCode(href), `${labels.source}: ${href}`)}</div>` : ''
  return `<header class="front">
<div><h1>${escapeHtml(plan.title)}</h1>${byline}${link}</div>${qr}
</header>
${keyFiguresTable(plan)}`
}

function keyFiguresTable(plan: DeckPlan): string {
  if (plan.keyFigures.length === 0) return ''
  const labels = LABELS[plan.locale]
  const rows = plan.keyFigures.map(({ figure, label, sentence }) =>
    `<tr><td class="figure">${escapeHtml(figure)}</td><td>${escapeHtml(label)}</td><td>${escapeHtml(sentence)}</td></tr>`)
  return `<h2>${escapeHtml(labels.keyNumbers)}</h2>
<table class="key-figures">
<thead><tr><th>${escapeHtml(labels.figures)}</th><th>${escapeHtml(labels.measures)}</th><th>${escapeHtml(labels.sentence)}</th></tr></thead>
<tbody>${rows.join('')}</tbody>
</table>`
}

function slideHtml(slide: SlidePlan, index: number, slotHref: string): string {
  const notes = slide.notes.map(paragraph => `<p>${escapeHtml(paragraph)}</p>`).join('')
  return `<section class="slide">
<figure><a class="slot" href="${escapeHtml(slotHref)}"></a><figcaption>${index + 1}. ${escapeHtml(slide.title)}</figcaption></figure>
<div class="notes">${notes}</div>
</section>`
}

/** The appendix: every turn of the dialogue, whole, in order; the slides quote only parts of it. */
function transcriptHtml(plan: DeckPlan): string {
  if (plan.transcript.length === 0) return ''
  const turns = plan.transcript.map(({ speaker, role, text }) =>
    `<p class="turn"><span class="speaker">${escapeHtml(speaker)}</span>${role ? `<span class="role"> · ${escapeHtml(role)}</span>` : ''}: ${escapeHtml(text)}</p>`)
  return `<article class="transcript">
<h2>${escapeHtml(LABELS[plan.locale].transcript)}</h2>
${turns.join('\n')}
</article>`
}

/** Chromium's header template: the article title on every page. */
export function handoutHeader(plan: DeckPlan): string {
  return `<div style="${marginText(plan.locale)}">${escapeHtml(plan.title)}</div>`
}

/** Chromium's footer template: `3 / 9`, filled in by the print engine. */
export function handoutFooter(plan: DeckPlan): string {
  return `<div style="${marginText(plan.locale)} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`
}
