/**
 * Stage 3: `Article` → `DeckPlan`. Pure: decides which slides exist and what each says, as a briefing, not the
 * article paginated. The deck's length follows the talk (about one content slide a minute, at most
 * BUDGET.maxSlides in all); sections show their best sentences, figures are callouts once in the deck, dialogue
 * becomes exchanges, and whatever does not make a slide stays whole in the notes.
 */
import { ANAPHORA, BUDGET, DIALOGUE_HEADINGS, FIRST_PERSON, PACE, TYPE } from '../config.ts'
import { wrappedLines } from '../measure.ts'
import { figuresIn } from './figures-in.ts'
import { tableFigures } from '../figures/table.ts'
import { KINDS, planContext, type PlanContext } from '../kinds/index.ts'
import { blockPlainText } from '../blocks.ts'
import { countMatches, displayWidth, joinSentences, leadingRun, leadingSentences, splitSentences, truncateWords } from '../text.ts'
import type { Article, Block, Bullet, DeckPlan, Figure, Locale, Section, SlidePlan, Turn } from '../types.ts'
import { CalloutLedger, figureKey, rankByWeight, toCallout } from './callouts.ts'
import { chartCandidates, type ChartCandidate } from './charts.ts'
import { namesSomething, partTopics } from './topics.ts'
import { exchanges, type Exchange } from './exchanges.ts'
import { candidates, chooseBullets, termWeights, type Candidate, type SourceText, type TermWeights } from './sentences.ts'

export interface PlanOptions {
  /** Talk length in minutes; by default it follows the article's length. */
  minutes?: number
  /** Slides in all; by default about one content slide a minute of talk. */
  slides?: number
  /** Image block source → the path the deck serves its copy from (src/assets/); an image without one gets no slide. */
  images?: Map<string, string>
}

/** What one section of the article can put on slides, before the deck's budget decides. */
interface SectionPlan {
  section: Section
  index: number
  title: string
  isDialogue: boolean
  turns: Turn[]
  texts: SourceText[]
  figures: Figure[]
  exchanges: Exchange[]
  charts: ChartCandidate[]
  extras: Extra[]
  /** How much the section carries, to choose among sections when the deck cannot show them all. */
  weight: number
}

/** A table, image or code block that can have a slide of its own. */
type Extra =
  | { kind: 'table', block: Extract<Block, { kind: 'table' }> }
  | { kind: 'image', block: Extract<Block, { kind: 'image' }>, picture: string }
  | { kind: 'code', block: Extract<Block, { kind: 'code' }> }

export function planDeck(article: Article, options: PlanOptions = {}): DeckPlan {
  const ctx = planContext(article.lang, article.locale)
  const minutes = options.minutes ?? talkMinutes(article)
  const weights = termWeights(article.sections.map(sectionText), article.lang)
  const sections = article.sections.flatMap(section => conversationParts(section, article.speakers.map(speaker => speaker.name), ctx))
    .map((section, index) => sectionPlan(section, index, article, weights, ctx, options))
  const ledger = new CalloutLedger()

  const shownByline = byline(article, ctx.locale)
  const cover = KINDS.cover.plan({ title: article.title, lede: article.lede, byline: shownByline, source: article.source }, ctx)
  const highlights = article.highlights.length > 0 ? highlightsSlide(article, ctx) : undefined
  const keyNumbers = keyNumbersSlide(article, sections, ledger, ctx)
  const shownSections = sections.filter(s => s.texts.length > 0 || s.exchanges.length > 0)
  const fixed = 2 + (highlights ? 1 : 0) + (keyNumbers ? 1 : 0) + (shownSections.length >= 4 ? 1 : 0)
  // About one content slide a minute, but every section (and a few exchanges) gets its slide when the budget allows.
  const exchangesWanted = sections.reduce((sum, s) => sum + Math.min(BUDGET.exchanges.min, s.exchanges.length), 0)
  const proseSections = sections.filter(s => s.texts.length > 0).length
  const content = Math.max(Math.round(minutes * BUDGET.slidesPerMinute), proseSections + Math.min(BUDGET.exchanges.min, exchangesWanted), 2)
  const total = Math.min(BUDGET.maxSlides, options.slides ?? fixed + content)
  const allocation = allocate(sections, Math.max(1, total - fixed), total)
  // A deck shorter than planned (too little content) keeps quotes at a third of what it has.
  const planned = fixed + [...allocation.values()].reduce((sum, share) => sum + slideCount(share), 0)
  if (countExchanges(allocation) * 3 > planned) trimExchanges(allocation, Math.floor(planned / 3))

  const body: SlidePlan[] = []
  let part = 0
  for (const plan of sections) {
    const share = allocation.get(plan)!
    const slides: SlidePlan[] = []
    const summary = share.section ? sectionSlide(plan, share.exchanges, part + 1, ledger, weights, ctx) : undefined
    if (summary) {
      part++
      slides.push(summary)
    }
    for (const chart of share.charts) slides.push(KINDS.chart.plan({ title: plan.title, bars: chart.bars, caption: chart.caption, notes: [chart.caption] }, ctx))
    for (const extra of share.extras) slides.push(extraSlide(plan, extra, ctx))
    slides.push(...exchangeSlides(plan, share.exchanges, ctx))
    if (slides.length === 0) {
      // Not shown: the section stays whole in the notes of the slide before it.
      const previous = body[body.length - 1] ?? highlights ?? keyNumbers ?? cover
      previous.notes.push(...[plan.title, ...fullText(plan.section)].filter(Boolean))
    } else if (!summary) {
      slides[0].notes.unshift(...fullText(plan.section))
    }
    body.push(...slides)
  }

  // The article's sections, not the parts a long conversation was summed up in.
  const agendaItems = [...new Set(sections.filter(s => shownInDeck(allocation.get(s))).map(s => s.title.replace(PART_SUFFIX, '')))]
  const agenda = agendaItems.length >= 4 ? KINDS.agenda.plan({ items: agendaItems }, ctx) : undefined
  const closing = KINDS.closing.plan({ takeaways: takeaways(article, sections, weights), source: article.source, notes: article.boilerplate }, ctx)
  const slides = [cover, highlights, keyNumbers, agenda, ...body, closing].filter(slide => slide !== undefined)
  return {
    title: article.title,
    lang: article.lang,
    locale: article.locale,
    footer: footerOf(article),
    byline: shownByline,
    ...(article.source ? { source: article.source } : {}),
    keyFigures: ledger.shown.map(f => ({ figure: f.text, label: f.label, sentence: f.sentence })),
    transcript: transcriptOf(article),
    minutes,
    slides,
  }
}

/** Minutes to say the article aloud at a briefing pace: Chinese by characters, English by words. */
export function talkMinutes(article: Article): number {
  const text = [article.lede, ...article.highlights, ...article.sections.flatMap(s => s.blocks.map(blockPlainText))].join(' ')
  const latinWords = countMatches(text, /[\p{Script=Latin}\d][\p{Script=Latin}\d'’-]*/gu) / PACE.enWordsPerMinute
  const minutes = article.lang === 'zh' ? countMatches(text, /\p{Script=Han}/gu) / PACE.zhCharsPerMinute + latinWords : latinWords
  return Math.min(PACE.maxMinutes, Math.max(PACE.minMinutes, Math.round(minutes)))
}

function sectionPlan(section: Section, index: number, article: Article, weights: TermWeights, ctx: PlanContext, options: PlanOptions): SectionPlan {
  const { lang } = ctx
  const turns = section.blocks.filter((b): b is Turn => b.kind === 'turn')
  const isDialogue = turns.length >= 2 && turns.length * 2 >= section.blocks.filter(b => b.kind !== 'subheading').length
  const texts = sourceTexts(section.blocks)
  const shownTexts = isDialogue ? turns.map(turn => ({ text: turn.text, lead: turn.speaker })) : texts
  const figures = [
    ...[...texts, ...turns].flatMap(t => figuresIn(t.text, lang)),
    ...section.blocks.flatMap(block => block.kind === 'table' ? tableFigures(block, lang) : []),
  ]
  const extras: Extra[] = onePerKind(section.blocks.flatMap((block): Extra[] => {
    if (block.kind === 'table' && block.rows.length > 0) return [{ kind: 'table', block }]
    if (block.kind === 'image' && options.images?.has(block.src)) return [{ kind: 'image', block, picture: options.images.get(block.src)! }]
    if (block.kind === 'code' && block.text.split('\n').length <= BUDGET.codeLines && block.text.trim() !== '') return [{ kind: 'code', block }]
    return []
  }))
  return {
    section,
    index,
    title: section.heading || (index === 0 ? ctx.labels.overview : ctx.labels.part(index + 1)),
    isDialogue,
    turns,
    // A conversation's slide sums it up from its turns, each sentence led by its speaker; a section none of whose
    // sentences fits a slide has no slide of its own (its text goes to the notes).
    texts: candidates(shownTexts, BUDGET.wideLineColumns * BUDGET.bulletLines, weights, lang).length > 0 ? shownTexts : [],
    figures,
    exchanges: isDialogue ? exchanges(turns, article.speakers, weights, lang) : [],
    charts: isDialogue ? [] : chartCandidates(section.blocks, ctx).slice(0, 1),
    extras,
    weight: Math.min(4, figures.length) + Math.min(4, texts.length),
  }
}

/** A section's first table, image and code block: more of one kind would crowd the deck. */
function onePerKind(extras: Extra[]): Extra[] {
  return extras.filter((extra, i) => extras.findIndex(other => other.kind === extra.kind) === i)
}

/**
 * A long conversation in parts of a few turns each, so the deck can sum up each part: an article that is
 * one conversation becomes a deck about the conversation, not a slide per turn.
 */
function conversationParts(section: Section, speakers: string[], ctx: PlanContext): Section[] {
  const turns = section.blocks.filter(b => b.kind === 'turn').length
  if (turns < 2 * BUDGET.turnsPerPart) return [section]
  const parts = Math.min(BUDGET.conversationParts, Math.round(turns / BUDGET.turnsPerPart))
  const size = Math.ceil(section.blocks.length / parts)
  const blocks = Array.from({ length: parts }, (_, i) => section.blocks.slice(i * size, (i + 1) * size))
  // A conversation under a heading of its own keeps it; one under "Transcript" or none is titled by its topics.
  const generic = !section.heading || DIALOGUE_HEADINGS.includes(section.heading.trim().toLowerCase())
  const topics = generic ? partTopics(blocks.map(part => part.map(b => b.kind === 'turn' ? b.text : blockPlainText(b)).join('\n')), speakers, ctx.lang, ctx.locale) : []
  const heading = section.heading || ctx.labels.dialogue
  return blocks.map((part, i) => ({ heading: topics[i] ?? `${heading} (${i + 1}/${parts})`, blocks: part }))
}

/** The ` (2/6)` a conversation's part carries after its section's title. */
const PART_SUFFIX = / \(\d+\/\d+\)$/


/** Paragraphs, list items and quoted turns of a section, each with the subheading it falls under. */
function sourceTexts(blocks: Block[]): SourceText[] {
  const texts: SourceText[] = []
  let lead: string | undefined
  for (const block of blocks) {
    if (block.kind === 'subheading') lead = block.text
    else if (block.kind === 'paragraph') texts.push({ text: block.text, lead })
    else if (block.kind === 'list') texts.push(...block.items.map(text => ({ text, lead })))
  }
  return texts
}

interface Share {
  section: boolean
  exchanges: Exchange[]
  charts: ChartCandidate[]
  extras: Extra[]
}

/**
 * Slots for `slots` content slides: first one per section (the weightiest when there are too many), with
 * dialogue sections taking their best exchanges (at most a third of the deck); then charts, tables, images and
 * code blocks, and more exchanges, while slots remain.
 */
function allocate(sections: SectionPlan[], slots: number, total: number): Map<SectionPlan, Share> {
  const shares = new Map<SectionPlan, Share>(sections.map(s => [s, { section: false, exchanges: [], charts: [], extras: [] }]))
  const share = (s: SectionPlan) => shares.get(s)!
  const dialogue = sections.filter(s => s.isDialogue && s.exchanges.length > 0)
  const prose = sections.filter(s => s.texts.length > 0)
  // Quotes are at most a third of the deck.
  const maxExchanges = Math.floor(total / 3)
  let left = slots
  let exchangeCount = 0

  const takeExchange = (s: SectionPlan): boolean => {
    const taken = share(s).exchanges
    const next = [...s.exchanges].filter(e => !taken.includes(e)).sort((a, b) => b.score - a.score)[0]
    if (!next || left <= 0 || exchangeCount >= maxExchanges) return false
    taken.push(next)
    left--
    exchangeCount++
    return true
  }

  // Dialogue first gets a few exchanges, so a long article cannot crowd it out entirely.
  for (let round = 0; round < BUDGET.exchanges.min; round++) for (const s of dialogue) if (exchangeCount < BUDGET.exchanges.min) takeExchange(s)
  const bySectionWeight = [...prose].sort((a, b) => b.weight - a.weight)
  for (const s of bySectionWeight) {
    if (left <= 0) break
    share(s).section = true
    left--
  }
  for (const s of prose) {
    if (!share(s).section) continue
    for (const chart of s.charts.slice(0, 1)) if (left > 0) { share(s).charts.push(chart); left-- }
  }
  for (const s of prose) {
    if (!share(s).section) continue
    // A chart of a two-column table shows all of it; a wider table keeps its own slide.
    for (const extra of s.extras) if (left > 0 && !(extra.kind === 'table' && extra.block.header.length <= 2 && share(s).charts.length > 0)) { share(s).extras.push(extra); left-- }
  }
  for (let more = true; more && exchangeCount < BUDGET.exchanges.max;) {
    more = false
    for (const s of dialogue) if (exchangeCount < BUDGET.exchanges.max && share(s).section && takeExchange(s)) more = true
  }
  for (const s of shares.values()) s.exchanges.sort((a, b) => a.start - b.start)
  return shares
}

/** The section's slide, or none when every sentence that fits is already quoted on its exchanges. */
function sectionSlide(plan: SectionPlan, quoted: Exchange[], part: number, ledger: CalloutLedger, weights: TermWeights, ctx: PlanContext): SlidePlan | undefined {
  const { lang } = ctx
  // What the deck quotes is not summed up again, and a sentence whose every figure an earlier slide showed says it again.
  const quotes = quoted.flatMap(e => e.turns.map(t => t.text)).join('\n')
  const repeats = (c: Candidate) => c.figures.length > 0 && c.figures.every(f => ledger.mentioned.has(figureKey(f)))
  // A title that wraps takes a line from the bullets.
  const lines = BUDGET.sectionLines - (displayWidth(plan.title) > BUDGET.titleLineColumns.large ? 1 : 0)
  const bulletsIn = (lineColumns: number, widthPx: number) => chooseBullets(
    candidates(plan.texts, lineColumns * BUDGET.bulletLines, weights, lang)
      .filter(c => !quotes.includes(c.text))
      .map(c => repeats(c) ? { ...c, score: c.score - REPEAT_PENALTY } : c),
    widthPx, lines, BUDGET.sectionBullets.min, BUDGET.sectionBullets.max)
  // The section's own strongest figure beside its sentences, unless only the full width holds a sentence.
  let figure: Figure | undefined = ledger.pick(rankByWeight(plan.figures), 1, BUDGET.numeralColumns.beside, lang)[0]
  let chosen = figure ? bulletsIn(BUDGET.sectionLineColumns, BUDGET.bulletWidth.beside) : bulletsIn(BUDGET.wideLineColumns, BUDGET.bulletWidth.wide)
  if (figure && chosen.length === 0) {
    figure = undefined
    chosen = bulletsIn(BUDGET.wideLineColumns, BUDGET.bulletWidth.wide)
  }
  if (chosen.length === 0) return undefined
  if (figure) ledger.use([figure])
  ledger.mention(chosen.flatMap(c => c.figures))
  return KINDS.section.plan({
    heading: plan.title,
    bullets: withLeads(chosen, plan.isDialogue),
    callout: figure ? toCallout(figure, lang, ctx.locale) : undefined,
    part,
    notes: [...fullText(plan.section), ...(figure ? [`${ctx.labels.figures} · ${figure.text}: ${figure.sentence}`] : [])],
  }, ctx)
}

/** A sentence that only repeats figures the deck has shown ranks below one that says something new. */
const REPEAT_PENALTY = 3

/**
 * A subheading leads the first chosen bullet under it, as structure, never as a bullet of its own. A speaker leads
 * every bullet of theirs: a line without its speaker reads as nobody's.
 */
function withLeads(chosen: Candidate[], speakers: boolean): Bullet[] {
  let previous: string | undefined
  return chosen.map(({ text, lead }) => {
    const bullet: Bullet = lead && (speakers || lead !== previous) ? { lead, text } : { text }
    previous = lead
    return bullet
  })
}

function exchangeSlides(plan: SectionPlan, chosen: Exchange[], ctx: PlanContext): SlidePlan[] {
  const generic = DIALOGUE_HEADINGS.includes(plan.section.heading.trim().toLowerCase())
  return chosen.map((exchange, i) => {
    // Each slide's notes hold the turns from its exchange up to the next one (the first also those before it).
    const from = i === 0 ? 0 : exchange.start
    const to = chosen[i + 1]?.start ?? plan.turns.length
    const answer = exchange.turns[exchange.turns.length - 1]
    const [question] = exchange.turns.length > 1 ? exchange.turns : []
    const fitsTitle = (text: string) => displayWidth(text) <= BUDGET.titleLineColumns.small * BUDGET.titleMaxLines.other
    // A question that fits the title is the slide's title, and its answer the quote under it; a statement's first
    // sentence, when more follow, is its title, a claim the quote then bears out.
    const [claim, ...rest] = question ? [] : splitSentences(answer.text, ctx.lang)
    const claimTitle = claim && rest.length > 0 && fitsTitle(claim) ? claim.replace(/[。．.]$/u, '') : undefined
    const fallback = generic || !plan.section.heading ? `${ctx.labels.dialogue} · ${answer.speaker}` : plan.title
    // A question that names nothing (`How are you doing it?`) means nothing as a title: it stays in the quote.
    const asked = question && fitsTitle(question.text) && namesSomething(question.text, ctx.lang)
    const title = asked ? question.text : claimTitle ?? fallback
    const turns = asked ? [answer] : claimTitle ? [{ ...answer, text: joinSentences(rest, ctx.lang) }] : exchange.turns
    // The quote gets the lines the title and a question leave, measured as they wrap.
    const questionLines = turns.length > 1 ? wrappedLines(turns[0].text, BUDGET.quoteWidth, TYPE.body) * TYPE.body / TYPE.quote + 2 : 0
    const lines = BUDGET.quoteLines - (displayWidth(title) > BUDGET.titleLineColumns.large ? 1 : 0) - questionLines
    const last = turns[turns.length - 1]
    return KINDS.exchange.plan({
      title,
      turns: [...turns.slice(0, -1), { ...last, text: leadingWithin(last.text, lines, ctx) }],
      notes: plan.turns.slice(from, to).map(turn => `${turn.speaker}: ${turn.text}`),
    }, ctx)
  })
}

function extraSlide(plan: SectionPlan, extra: Extra, ctx: PlanContext): SlidePlan {
  switch (extra.kind) {
    case 'table':
      return KINDS.table.plan({ title: plan.title, header: extra.block.header, rows: extra.block.rows }, ctx)
    case 'image':
      return KINDS.image.plan({ title: plan.title, picture: extra.picture, alt: extra.block.alt, notes: [noteText(extra.block)] }, ctx)
    case 'code':
      return KINDS.code.plan({ title: plan.title, language: extra.block.lang, code: extra.block.text }, ctx)
  }
}

function highlightsSlide(article: Article, ctx: PlanContext): SlidePlan {
  const columns = BUDGET.wideLineColumns * BUDGET.bulletLines
  const bullets: Bullet[] = []
  let lines = 0
  // The highlights in the article's order while they fit; all of them are in the notes.
  for (const text of article.highlights.slice(0, BUDGET.highlightBullets).map(h => leadingSentences(h, columns, ctx.lang))) {
    const need = wrappedLines(text, BUDGET.bulletWidth.wide, TYPE.body) + (bullets.length > 0 ? BUDGET.bulletGapLines : 0)
    if (lines + need > BUDGET.sectionLines + 1) break
    bullets.push({ text })
    lines += need
  }
  return KINDS.highlights.plan({ bullets, notes: article.highlights }, ctx)
}

/** The leading sentences of a quote that fit `lines` lines at quote size (at least its first sentence). */
function leadingWithin(text: string, lines: number, { lang }: PlanContext): string {
  const sentences = splitSentences(text, lang)
  return leadingRun(sentences, lang, run => wrappedLines(run, BUDGET.quoteWidth, TYPE.quote) <= lines) || (sentences[0] ?? text)
}

/** The strongest figures of the whole article: stated most often, or in the lede and highlights. */
function keyNumbersSlide(article: Article, sections: SectionPlan[], ledger: CalloutLedger, ctx: PlanContext): SlidePlan | undefined {
  const { lang } = ctx
  const prominentFigures = [article.lede, ...article.highlights].flatMap(text => figuresIn(text, lang))
  const prominent = new Set(prominentFigures.map(figureKey))
  const ranked = rankByWeight([...prominentFigures, ...sections.flatMap(s => s.figures)], prominent)
  const figures = ledger.pick(ranked, BUDGET.keyNumbers.max, BUDGET.numeralColumns.key, lang)
  if (figures.length < BUDGET.keyNumbers.min) return undefined
  ledger.use(figures)
  return KINDS['key-numbers'].plan({
    callouts: figures.map(f => toCallout(f, lang, ctx.locale)),
    notes: figures.map(f => `${ctx.labels.figures} · ${f.text}: ${f.sentence}`),
  }, ctx)
}

/** A whole sentence, not a list item's label ("Zig 0.13.0 Released"). */
const SENTENCE_END = /[.!?。！？]["”’)）]?$/u

/**
 * Three takeaways, in the article's order: when the title asks a question, first the sentence that answers it best
 * (sharing most of its words, from the end of the article first); then statements with a figure, the author's own
 * with one (a letter says "we spent 92%…"), and the strongest whole statements, so that a deck never ends on
 * "Thank you" alone while its article states anything.
 */
function takeaways(article: Article, sections: SectionPlan[], weights: TermWeights): string[] {
  const { lang } = article
  // Statements that fit two lines, not someone's first-person voice or a question, unless the article has no other.
  const fits = (c: Candidate) => wrappedLines(c.text, BUDGET.bulletWidth.wide, TYPE.body) <= BUDGET.takeawayLines
  const all = sections.flatMap(s => candidates(s.texts, BUDGET.wideLineColumns * BUDGET.takeawayLines, weights, lang)).filter(fits)
  const statements = all.filter(c => !FIRST_PERSON.test(c.text) && !/[?？]\s*$/.test(c.text))
  const pool = statements.length > 0 ? statements : all
  const chosen: Candidate[] = []
  // Three different points: no two takeaways share a figure.
  const shownFigures = new Set<string>()
  const answer = /[?？]\s*$/.test(article.title) ? answerTo(article.title, pool) : undefined
  if (answer) {
    chosen.push(answer)
    for (const f of answer.figures) shownFigures.add(figureKey(f))
  }
  const byScore = (list: Candidate[]) => [...list].sort((a, b) => b.score - a.score)
  const tiers = [byScore(pool.filter(c => c.figures.length > 0)), byScore(all.filter(c => c.figures.length > 0)), byScore(pool.filter(c => SENTENCE_END.test(c.text) && !ANAPHORA[lang].test(c.text)))]
  for (const c of tiers.flat()) {
    if (chosen.length >= BUDGET.takeaways) break
    if (chosen.includes(c) || c.figures.some(f => shownFigures.has(figureKey(f)))) continue
    chosen.push(c)
    for (const f of c.figures) shownFigures.add(figureKey(f))
  }
  const rest = chosen.filter(c => c !== answer).sort((a, b) => all.indexOf(a) - all.indexOf(b))
  return [...(answer ? [answer] : []), ...rest].map(c => c.text)
}

/** The sentence sharing most words with a question title, from the end of the article first; none shares any. */
function answerTo(title: string, pool: Candidate[]): Candidate | undefined {
  const titleWords = new Set(title.toLowerCase().match(/\p{Script=Han}{2}|[a-z]{4,}/gu) ?? [])
  const overlap = (c: Candidate) => [...titleWords].filter(w => c.text.toLowerCase().includes(w)).length
  const best = [...pool].reverse().sort((a, b) => overlap(b) - overlap(a))[0]
  return best && overlap(best) > 0 ? best : undefined
}

function slideCount(share: Share): number {
  return (share.section ? 1 : 0) + share.exchanges.length + share.charts.length + share.extras.length
}

function countExchanges(allocation: Map<SectionPlan, Share>): number {
  return [...allocation.values()].reduce((sum, share) => sum + share.exchanges.length, 0)
}

/** Drops the weakest exchanges until `limit` remain; their turns stay in the notes of the slides around them. */
function trimExchanges(allocation: Map<SectionPlan, Share>, limit: number): void {
  const all = [...allocation.values()].flatMap(share => share.exchanges.map(exchange => ({ share, exchange })))
  for (const { share, exchange } of all.sort((a, b) => a.exchange.score - b.exchange.score).slice(0, Math.max(0, all.length - limit))) {
    share.exchanges.splice(share.exchanges.indexOf(exchange), 1)
  }
}

function shownInDeck(share: Share | undefined): boolean {
  return Boolean(share && (share.section || share.exchanges.length > 0))
}

/**
 * Who and when: the author, or for an article that is mostly a conversation and has none, the first few people in
 * it as the language lists them; and the date in the deck's language (`September 2, 2025`, `2025年9月2日`).
 */
function byline(article: Article, locale: Locale): string {
  const blocks = article.sections.flatMap(section => section.blocks).filter(block => block.kind !== 'subheading')
  const conversation = blocks.filter(block => block.kind === 'turn').length * 2 >= blocks.length
  const speakers = conversation ? article.speakers.slice(0, BUDGET.bylineSpeakers).map(speaker => speaker.name) : []
  const who = article.meta.author ?? (speakers.length > 1 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(speakers) : undefined)
  return [who, article.meta.date && shownDate(article.meta.date, locale)].filter(Boolean).join(' · ')
}

/** An ISO date (`2025-09-02`, `2025-09-02T00:00:00.000Z`) as the locale writes it; any other date as written. */
function shownDate(date: string, locale: Locale): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(date.trim())
  if (!iso) return date
  const day = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])))
  return Number.isNaN(day.getTime()) ? date : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day)
}

/** The footer: the deck's title, short. */
function footerOf(article: Article): string {
  return truncateWords(article.title, BUDGET.footerColumns, article.lang)
}

/** Everything a section says, as notes paragraphs. */
function fullText(section: Section): string[] {
  return section.blocks.map(noteText).filter(Boolean)
}

/** A block as notes text: an image by its alt text and address, so the presenter has the URL of an image the deck does not show. */
function noteText(block: Block): string {
  return block.kind === 'image' ? [block.alt, block.src].filter(Boolean).join(' · ') : blockPlainText(block)
}

function transcriptOf(article: Article): DeckPlan['transcript'] {
  const roles = new Map(article.speakers.map(s => [s.name, s.role]))
  return article.sections.flatMap(s => s.blocks).flatMap(block => {
    if (block.kind !== 'turn') return []
    const role = block.role ?? roles.get(block.speaker)
    return [{ speaker: block.speaker, ...(role ? { role } : {}), text: block.text }]
  })
}

function sectionText(section: Section): string {
  return [section.heading, ...section.blocks.map(blockPlainText)].join(' ')
}
