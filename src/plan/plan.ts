/**
 * Stage 3: `Article` → `DeckPlan`. Pure: decides which slides exist and what text each shows;
 * everything a slide shortens stays whole in that slide's notes.
 */
import { BUDGET, LABELS, type Labels } from '../config.ts'
import { findFigures, formatFigure, rankFigures } from '../figures/find.ts'
import { blockPlainText } from '../parse/article.ts'
import { displayWidth, leadingSentences, splitSentences, truncateWords } from '../text.ts'
import type { Article, Callout, DeckPlan, Figure, Lang, Notes, Section, SlidePlan } from '../types.ts'

export function planDeck(article: Article): DeckPlan {
  const labels = LABELS[article.lang]
  const slides: SlidePlan[] = [
    coverSlide(article, labels),
    ...highlightSlides(article, labels),
    ...article.sections.map((section, i) => sectionSlide(section, i, article.lang, labels)),
    ...article.dialogue.map(turn => quoteSlide(turn.speaker, turn.text, article.lang, labels)),
    closingSlide(article, labels),
  ]
  return { title: article.title, lang: article.lang, slides: slides.filter((s): s is SlidePlan => s !== undefined) }
}

function coverSlide(article: Article, labels: Labels): SlidePlan {
  return {
    kind: 'cover',
    title: article.title,
    lede: article.lede ? leadingSentences(article.lede, 2 * BUDGET.bulletColumns, article.lang) : '',
    source: article.source,
    notes: [article.lede, article.source ? `${labels.source}: ${article.source.url}` : ''].filter(Boolean),
  }
}

/** The strongest figures as callouts, above the highlight bullets; omitted when the article has neither. */
function highlightSlides(article: Article, labels: Labels): SlidePlan[] {
  const fromHighlights = article.highlights.flatMap(h => findFigures(h, article.lang))
  const pool = fromHighlights.length > 0 ? fromHighlights : findFigures(allSectionText(article), article.lang)
  const figures = rankFigures(pool).slice(0, BUDGET.highlightCallouts)
  if (figures.length === 0 && article.highlights.length === 0) return []
  return [{
    kind: 'highlights',
    title: labels.highlights,
    callouts: figures.map(f => toCallout(f, article.lang)),
    bullets: article.highlights.slice(0, BUDGET.highlightBullets).map(h => leadingSentences(h, BUDGET.bulletColumns, article.lang)),
    notes: [...article.highlights, ...figureNotes(figures, labels)],
  }]
}

function sectionSlide(section: Section, index: number, lang: Lang, labels: Labels): SlidePlan {
  const text = section.blocks.map(blockPlainText)
  const figures = rankFigures(text.flatMap(t => findFigures(t, lang)))
  const lead = figures[0]
  return {
    kind: 'section',
    title: section.heading || sectionName(section, index, lang, labels),
    bullets: condense(section, lang),
    callout: lead ? toCallout(lead, lang) : undefined,
    notes: [...text, ...figureNotes(figures, labels)],
  }
}

/** An untitled section is named by its first sentence, or by its position when that is too long. */
function sectionName(section: Section, index: number, lang: Lang, labels: Labels): string {
  const first = splitSentences(blockPlainText(section.blocks[0]), lang)[0] ?? ''
  return first ? truncateWords(first, BUDGET.titleColumns, lang) : labels.part(index + 1)
}

/**
 * 2–4 sentences for the slide: the lead sentence of each paragraph or list item, then further
 * sentences of the first paragraph when that gives too few, within the slide's column budget.
 */
function condense(section: Section, lang: Lang): string[] {
  const units = section.blocks.flatMap(b => b.kind === 'list' ? b.items : b.kind === 'paragraph' ? [b.text] : [])
  const sentencesPerUnit = units.map(u => splitSentences(u, lang))
  const picked = sentencesPerUnit.map(s => s[0]).filter(Boolean)
  const extra = (sentencesPerUnit[0] ?? []).slice(1)
  while (picked.length < BUDGET.sectionSentences.min && extra.length > 0) picked.splice(1, 0, extra.shift()!)
  const bullets: string[] = []
  let used = 0
  for (const sentence of picked.slice(0, BUDGET.sectionSentences.max)) {
    const bullet = truncateWords(sentence, BUDGET.bulletColumns, lang)
    used += displayWidth(bullet)
    if (bullets.length > 0 && used > BUDGET.sectionColumns) break
    bullets.push(bullet)
  }
  return bullets
}

function quoteSlide(speaker: string, text: string, lang: Lang, labels: Labels): SlidePlan {
  return {
    kind: 'quote',
    title: `${labels.dialogue}: ${speaker}`,
    speaker,
    quote: leadingSentences(text, BUDGET.quoteColumns, lang),
    notes: [`${speaker}: ${text}`],
  }
}

function closingSlide(article: Article, labels: Labels): SlidePlan {
  return {
    kind: 'closing',
    title: labels.thanks,
    source: article.source,
    notes: article.source ? [`${labels.source}: ${article.source.url}`] : [],
  }
}

function toCallout(figure: Figure, lang: Lang): Callout {
  const { value, unit } = formatFigure(figure, lang)
  return { figure: figure.text, value, unit, label: figure.label }
}

/** One notes line per figure: the figure and the sentence it came from. */
function figureNotes(figures: Figure[], labels: Labels): Notes {
  return figures.map(f => `${labels.figures} · ${f.text}: ${f.sentence}`)
}

function allSectionText(article: Article): string {
  return article.sections.flatMap(s => s.blocks.map(blockPlainText)).join('\n\n')
}
