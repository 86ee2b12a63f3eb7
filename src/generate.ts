/**
 * The pure pipeline: article text → plan → slides.md text, checked by Slidev's own parser.
 * No I/O: the CLI, the dev server, the tests and the benchmark all call this.
 */
import { parseSync } from '@slidev/parser/core'
import { parseArticle, type ParseOptions } from './parse/article.ts'
import { planDeck, type PlanOptions } from './plan/plan.ts'
import { renderSlides, type RenderOptions } from './render/slides.ts'
import type { DeckPlan, Lang } from './types.ts'

export interface GenerateOptions extends RenderOptions, PlanOptions, ParseOptions {
  /** The deck's label language; `auto` follows the article's script. */
  lang?: Lang | 'auto'
}

export interface GeneratedDeck {
  plan: DeckPlan
  markdown: string
  /** What the parser skipped and why (a front matter it could not read, …): the CLI prints them. */
  warnings: string[]
}

export function generateDeck(source: string, options: GenerateOptions = {}): GeneratedDeck {
  const deck = runStages(source, options)
  assertSlideCount(deck.markdown, deck.plan.slides.length)
  return deck
}

/** The four stages alone, without the check by Slidev's parser (the benchmark times both). */
export function runStages(source: string, options: GenerateOptions = {}): GeneratedDeck {
  const article = parseArticle(source, options)
  if (options.lang && options.lang !== 'auto' && options.lang !== article.lang) {
    article.lang = options.lang
    article.locale = options.lang === 'en' ? 'en' : 'zh-CN'
  }
  const plan = planDeck(article, options)
  return { plan, markdown: renderSlides(plan, options), warnings: article.warnings }
}

/** What we write must be exactly the slides we planned, as Slidev itself will split them. */
function assertSlideCount(markdown: string, planned: number): void {
  const parsed = parseSync(markdown, 'slides.md').slides.length
  if (parsed !== planned) throw new Error(`internal error: slides.md splits into ${parsed} slides, ${planned} were planned`)
}
