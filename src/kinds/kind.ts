/** What every slide kind provides: how its slide is assembled from the planner's choice, and how it is written for Slidev. */
import { BUDGET, LABELS, type Labels } from '../config.ts'
import { markdownText } from '../escape.ts'
import { displayWidth, truncateWords } from '../text.ts'
import type { Lang, Locale, Notes, SlideKind, SlideOf, TitleSize } from '../types.ts'

export interface PlanContext {
  lang: Lang
  locale: Locale
  labels: Labels
}

export function planContext(lang: Lang, locale: Locale): PlanContext {
  return { lang, locale, labels: LABELS[locale] }
}

/** A slide as slides.md holds it: layout props (written as the slide's frontmatter) and its Markdown body. */
export interface RenderedSlide {
  props: Record<string, unknown>
  /** Markdown blocks, already escaped; the title heading first when the slide shows one. */
  body: string[]
}

/**
 * One row of the kind table: `plan` assembles the slide from what the deck planner chose for it, `render`
 * writes it. The layout is `layouts/<kind>.vue` (Slidev finds layouts by file name).
 */
export interface SlideKindSpec<K extends SlideKind, Input> {
  plan(input: Input, ctx: PlanContext): SlideOf<K>
  /** `shown` marks where Chinese lines may break (render/line-breaks.ts); every visible string goes through it. */
  render(slide: SlideOf<K>, shown: Shown): RenderedSlide
}

export type Shown = (text: string) => string

/** Title fields for a slide: the largest type that holds the title on one line, else wrapped small type. */
export function fitTitle(title: string, maxLines: number, lang: Lang): { title: string, shownTitle: string, titleSize: TitleSize } {
  const width = displayWidth(title)
  if (width <= BUDGET.titleLineColumns.large) return { title, shownTitle: title, titleSize: 'large' }
  const limit = BUDGET.titleLineColumns.small * maxLines
  return { title, shownTitle: width <= limit ? title : truncateWords(title, limit, lang), titleSize: 'small' }
}

export function heading(text: string, shown: Shown): string {
  return `# ${markdownText(shown(text))}`
}

/** Plain-text notes with blank paragraphs dropped: the notes comment only holds text. */
export function cleanNotes(notes: Notes): Notes {
  return notes.map(note => note.trim()).filter(Boolean)
}
