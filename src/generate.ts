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

/** Two short articles that between them load both word taggers and run every stage. */
const WARM_UP_ARTICLES = [
  '# Warm-up\n\nRevenue rose 12% to $4.2 billion in 2024, the company said.\n\n## Costs\n\nCosts fell by a third.',
  '# 预热\n\n公司收入增长了12%，达到42亿美元。\n\n## 成本\n\n成本下降了三分之一。',
]

/**
 * Runs the stages on WARM_UP_ARTICLES: a process that stays (the build server) loads jieba's dictionary and
 * compromise's lexicon and compiles the hot code before its first deck, which it then plans in ≈ 0.1 s, not ≈ 0.8 s.
 */
export function warmUp(): void {
  for (const article of WARM_UP_ARTICLES) runStages(article)
}

/** What we write must be exactly the slides we planned, as Slidev itself will split them. */
function assertSlideCount(markdown: string, planned: number): void {
  const parsed = parseSync(markdown, 'slides.md').slides.length
  if (parsed !== planned) throw new Error(`internal error: slides.md splits into ${parsed} slides, ${planned} were planned`)
}
