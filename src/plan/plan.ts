/**
 * Stage 3: `Article` → `DeckPlan`. Pure: decides which slides exist and what text each shows.
 * Text is budgeted by display width and lines (see BUDGET); what does not fit continues on a
 * "(cont.)" slide, and everything a slide shortens stays whole in that slide's notes.
 */
import { BUDGET, LABELS, PACE, type Labels } from '../config.ts'
import { findFigures, formatFigure, rankFigures } from '../figures/find.ts'
import { blockPlainText } from '../parse/article.ts'
import { countMatches, displayWidth, leadingSentences, splitSentences, truncateWords } from '../text.ts'
import type { Article, Block, Callout, DeckPlan, Figure, Lang, Notes, Section, SlidePlan, TitleSize } from '../types.ts'

interface Context {
  lang: Lang
  labels: Labels
}

export function planDeck(article: Article): DeckPlan {
  const ctx: Context = { lang: article.lang, labels: LABELS[article.lang] }
  const slides: SlidePlan[] = [
    coverSlide(article, ctx),
    ...highlightSlides(article, ctx),
    ...article.sections.flatMap((section, i) => sectionSlides(section, i, ctx)),
    ...article.dialogue.map(turn => quoteSlide(turn.speaker, turn.text, ctx)),
    closingSlide(article, ctx),
  ]
  // Blank paragraphs (a whitespace-only code block) are no notes: the notes comment only holds text.
  const withNotes = slides.map(slide => ({ ...slide, notes: slide.notes.filter(note => note.trim() !== '') }))
  return { title: article.title, lang: article.lang, minutes: talkMinutes(article), slides: withNotes }
}

/** Minutes to say the article aloud at a briefing pace: Chinese by characters, English by words. */
export function talkMinutes(article: Article): number {
  const text = [article.lede, ...article.highlights, ...article.sections.flatMap(s => s.blocks.map(blockPlainText)), ...article.dialogue.map(t => t.text)].join(' ')
  const latinWords = countMatches(text, /[\p{Script=Latin}\d][\p{Script=Latin}\d'’-]*/gu) / PACE.enWordsPerMinute
  const minutes = article.lang === 'zh' ? countMatches(text, /\p{Script=Han}/gu) / PACE.zhCharsPerMinute + latinWords : latinWords
  return Math.min(PACE.maxMinutes, Math.max(PACE.minMinutes, Math.round(minutes)))
}

/** Title fields for a slide: the largest type that holds the title on one line, else wrapped small type. */
export function fitTitle(title: string, maxLines: number, lang: Lang): { title: string, shownTitle: string, titleSize: TitleSize } {
  const width = displayWidth(title)
  const sizes = Object.entries(BUDGET.titleLineColumns) as [TitleSize, number][]
  const oneLine = sizes.find(([, columns]) => width <= columns)
  if (oneLine) return { title, shownTitle: title, titleSize: oneLine[0] }
  const smallest = BUDGET.titleLineColumns.small
  const shownTitle = width <= smallest * maxLines ? title : truncateWords(title, smallest * maxLines - 2, lang)
  return { title, shownTitle, titleSize: 'small' }
}

/** Lines a title takes at its size, for what is left under it. */
function titleLines(shownTitle: string, size: TitleSize): number {
  return Math.ceil(displayWidth(shownTitle) / BUDGET.titleLineColumns[size])
}

function linesOf(text: string, columnsPerLine: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / columnsPerLine))
}

function coverSlide(article: Article, { lang, labels }: Context): SlidePlan {
  const title = fitTitle(article.title, BUDGET.titleMaxLines.cover, lang)
  return {
    kind: 'cover',
    ...title,
    lede: article.lede ? leadingSentences(article.lede, BUDGET.ledeColumns, lang) : '',
    source: article.source,
    notes: [article.title, article.lede, article.source ? `${labels.source}: ${article.source.url}` : ''].filter(Boolean),
  }
}

/** The strongest figures as callouts above the highlight bullets; long lists continue on more slides. */
function highlightSlides(article: Article, ctx: Context): SlidePlan[] {
  const { lang, labels } = ctx
  const figures = keyFigures([...article.highlights, ...article.sections.flatMap(s => s.blocks.map(blockPlainText))], lang)
    .slice(0, BUDGET.highlightCallouts)
  if (figures.length === 0 && article.highlights.length === 0) return []
  const bullets = article.highlights.map(h => ({ shown: leadingSentences(h, BUDGET.bulletColumns, lang), full: h }))
  const pages = packLines(bullets, b => linesOf(b.shown, BUDGET.highlightLineColumns), BUDGET.highlightLines, BUDGET.highlightBullets)
  return (pages.length > 0 ? pages : [[]]).map((page, i) => ({
    kind: 'highlights',
    ...fitTitle(i === 0 ? labels.highlights : labels.highlights + labels.continued, 1, lang),
    callouts: i === 0 ? figures.map(f => toCallout(f, lang)) : [],
    bullets: page.map(b => b.shown),
    notes: [...page.map(b => b.full), ...(i === 0 ? figureNotes(figures, labels) : [])],
  }))
}

/** One unit of section text on a slide: a bullet and the full text it stands for in the notes. */
interface Unit {
  bullet?: string
  full: string
}

/** A section becomes one slide, or several when its lead sentences need more lines than a slide has. */
function sectionSlides(section: Section, index: number, ctx: Context): SlidePlan[] {
  const { lang, labels } = ctx
  const heading = section.heading || sectionName(section, index, ctx)
  const first = fitTitle(heading, BUDGET.titleMaxLines.other, lang)
  const lines = BUDGET.sectionLines - (titleLines(first.shownTitle, first.titleSize) - 1)
  const pages = packLines(sectionUnits(section, lang), u => u.bullet ? linesOf(u.bullet, BUDGET.sectionLineColumns) : 0, lines, BUDGET.sectionBullets.max)
  return pages.map((units, page) => {
    const notes = units.map(u => u.full)
    const figures = keyFigures(notes, lang)
    return {
      kind: 'section',
      ...(page === 0 ? first : fitTitle(heading + labels.continued, BUDGET.titleMaxLines.other, lang)),
      bullets: units.flatMap(u => u.bullet ? [u.bullet] : []),
      callout: figures[0] ? toCallout(figures[0], lang) : undefined,
      notes: [...notes, ...figureNotes(figures, labels)],
    }
  })
}

/**
 * The section's text as units: the lead sentence of each paragraph and list item is a bullet; when
 * that gives too few bullets, the first paragraph's next sentences are used too. Tables, code and
 * images have no bullet: they travel in the notes of the slide they fall on.
 */
function sectionUnits(section: Section, lang: Lang): Unit[] {
  const units = section.blocks.flatMap(block => blockUnits(block, lang))
  const bulleted = units.filter(u => u.bullet).length
  const first = units.find(u => u.bullet)
  if (!first || bulleted >= BUDGET.sectionBullets.min) return units
  const [lead, ...rest] = splitSentences(first.full, lang)
  const extra = rest.slice(0, BUDGET.sectionBullets.min - bulleted)
  if (extra.length === 0) return units
  const index = units.indexOf(first)
  const restText = rest.slice(extra.length).join(lang === 'zh' ? '' : ' ')
  const split: Unit[] = [{ bullet: shorten(lead, lang), full: lead }, ...extra.map(s => ({ bullet: shorten(s, lang), full: s }))]
  if (restText) split[split.length - 1].full += (lang === 'zh' ? '' : ' ') + restText
  return [...units.slice(0, index), ...split, ...units.slice(index + 1)]
}

function blockUnits(block: Block, lang: Lang): Unit[] {
  if (block.kind === 'paragraph') return [unitOf(block.text, lang)]
  if (block.kind === 'list') return block.items.map(item => unitOf(item, lang))
  const full = blockPlainText(block)
  return full ? [{ full }] : []
}

function unitOf(text: string, lang: Lang): Unit {
  const lead = splitSentences(text, lang)[0] ?? text
  return { bullet: shorten(lead, lang), full: text }
}

function shorten(sentence: string, lang: Lang): string {
  return truncateWords(sentence, BUDGET.bulletColumns, lang)
}

/**
 * Packs items into pages in order: a page takes items while their lines fit and it has fewer than
 * `maxItems` counted items. Items of zero lines ride along with the page they fall on.
 */
function packLines<T>(items: T[], lines: (item: T) => number, maxLines: number, maxItems: number): T[][] {
  const pages: T[][] = []
  let page: T[] = []
  let used = 0
  let counted = 0
  for (const item of items) {
    const need = lines(item)
    if (need > 0 && counted > 0 && (used + need > maxLines || counted >= maxItems)) {
      pages.push(page)
      page = []
      used = 0
      counted = 0
    }
    page.push(item)
    used += need
    if (need > 0) counted++
  }
  if (page.length > 0) pages.push(page)
  return pages
}

/** An untitled section is named by its first sentence, or by its position when it has none. */
function sectionName(section: Section, index: number, { lang, labels }: Context): string {
  const first = splitSentences(blockPlainText(section.blocks[0]), lang)[0] ?? ''
  return first ? truncateWords(first, BUDGET.titleLineColumns.large, lang) : labels.part(index + 1)
}

function quoteSlide(speaker: string, text: string, { lang, labels }: Context): SlidePlan {
  return {
    kind: 'quote',
    ...fitTitle(`${labels.dialogue}: ${speaker}`, 1, lang),
    speaker,
    quote: leadingSentences(text, BUDGET.quoteColumns, lang),
    notes: [`${speaker}: ${text}`],
  }
}

function closingSlide(article: Article, { lang, labels }: Context): SlidePlan {
  return {
    kind: 'closing',
    ...fitTitle(labels.thanks, 1, lang),
    source: article.source,
    notes: article.source ? [`${labels.source}: ${article.source.url}`] : [],
  }
}

/**
 * Figures worth a callout, strongest first. A bare number with no unit ("Paragraph 11", "在3个方面")
 * says little on its own; only a large one ("1.2万亿") stands as a key number.
 */
function keyFigures(texts: string[], lang: Lang): Figure[] {
  return rankFigures(texts.flatMap(t => findFigures(t, lang)).filter(f => f.kind !== 'number' || Math.abs(f.value) >= 10_000))
}

function toCallout(figure: Figure, lang: Lang): Callout {
  const { value, unit } = formatFigure(figure, lang)
  return { figure: figure.text, value, unit, label: truncateWords(figure.label, BUDGET.labelColumns, lang) }
}

/** One notes line per figure: the figure and the sentence it came from. */
function figureNotes(figures: Figure[], labels: Labels): Notes {
  return figures.map(f => `${labels.figures} · ${f.text}: ${f.sentence}`)
}
