/** Typed data passed between the pipeline stages: parse → figures → plan → render → build. */

export type Lang = 'zh' | 'en'

/** The deck's label locale: Chinese articles in Traditional script get Traditional labels. */
export type Locale = 'zh-CN' | 'zh-TW' | 'en'

/** One block of section body, kept as plain text: inline Markdown is flattened by the parser. */
export type Block =
  | { kind: 'paragraph', text: string }
  | { kind: 'list', ordered: boolean, items: string[] }
  | { kind: 'table', header: string[], rows: string[][] }
  | { kind: 'code', lang: string, text: string }
  | { kind: 'image', src: string, alt: string }
  /** An H3+ heading inside a section: structure for the planner, not a section of its own. */
  | { kind: 'subheading', text: string }
  | Turn

export interface Section {
  heading: string
  blocks: Block[]
}

/** One speaker's turn of a conversation, where it stands in its section. */
export interface Turn {
  kind: 'turn'
  speaker: string
  text: string
  /** The speaker's role, as the article states it ("SoFi CEO", "founder of Altimeter"). */
  role?: string
  /** The turn's timestamp as written (`3:20`, `00:03:20`). */
  time?: string
}

export interface Speaker {
  name: string
  role?: string
}

export interface ArticleMeta {
  date?: string
  author?: string
}

export interface SourceLink {
  url: string
  label: string
}

export interface Article {
  title: string
  lede: string
  highlights: string[]
  sections: Section[]
  /** Everyone who speaks in the article's turns, in order of first turn. */
  speakers: Speaker[]
  source?: SourceLink
  meta: ArticleMeta
  /** Credits and publisher lines (translator, thanks, subscribe, sponsor): for notes only. */
  boilerplate: string[]
  /** What the parser skipped and why, for the CLI to print. */
  warnings: string[]
  /** Language detected from the article's script (text processing). */
  lang: Lang
  /** `zh-TW` when the Chinese is in Traditional script (labels). */
  locale: Locale
}

export type FigureKind = 'money' | 'percent' | 'multiple' | 'count' | 'number'

/** A key number found in article text. */
export interface Figure {
  /** Verbatim text as it stands in the article, e.g. `5000亿美元`, `$110 billion`, `16%`. */
  text: string
  /** Normalised numeric value: `5000亿` → 500000000000, `16%` → 16, `三成` → 30, `3倍` → 3. */
  value: number
  kind: FigureKind
  /** ISO 4217 code for money (`USD`, `CNY`, `TWD`, …). */
  currency?: string
  /** Counted unit for counts, e.g. `GPU`, `辆`, `users`; `%` for percents, `×` for multiples. */
  unit: string
  /** A range's lower bound (`10%–15%`, `1万至2万`); `value` is then the upper bound. */
  low?: number
  /** What a rate is per: `$0.1/kWh` → `kWh`, `每股0.5美元` → `股`, `$326B a year` → `year`. */
  per?: string
  /** The sentence the figure came from, trimmed. */
  sentence: string
  /** A short label from that sentence (what the number measures). */
  label: string
  /** Offset of `text` within the string that was searched. */
  index: number
}

/** A key-number callout as the slide shows it. */
export interface Callout {
  /** The figure's verbatim article text; the component's root carries it as `data-figure`. */
  figure: string
  value: string
  unit: string
  label: string
}

/** Speaker notes: plain-text paragraphs, escaped when rendered. */
export type Notes = string[]

/** Title type size: steps down for long titles, then the title wraps. */
export type TitleSize = 'large' | 'small'

/** A bullet: a whole sentence, with an optional bold lead (a subheading it falls under). */
export interface Bullet {
  lead?: string
  text: string
}

/** One quoted turn of an exchange. */
export interface QuotedTurn {
  speaker: string
  role?: string
  text: string
}

/** One bar of a chart: the figure's verbatim text and the value it is drawn at. */
export interface Bar {
  label: string
  figure: string
  value: number
  /** The value as the bar's caption shows it. */
  shown: string
}

interface SlideBase {
  /** The full title: outline, presenter and notes use it. */
  title: string
  /** The title as the slide shows it, shortened only when even the smallest size cannot hold it. */
  shownTitle: string
  titleSize: TitleSize
  notes: Notes
}

/** Every kind of slide, by the fields its layout shows; src/kinds/ has one module and layouts/ one layout per kind. */
export interface SlideFields {
  cover: { lede: string, byline: string, source?: SourceLink }
  agenda: { items: string[] }
  highlights: { bullets: Bullet[] }
  'key-numbers': { callouts: Callout[] }
  section: { bullets: Bullet[], callout?: Callout, /** 1-based position among the deck's sections, for the eyebrow. */ part?: number }
  chart: { bars: Bar[], /** What every bar measures, in the unit they share. */ caption: string }
  exchange: { turns: QuotedTurn[] }
  table: { header: string[], rows: string[][], /** Each column's share of the table's width, in percent. */ widths: number[], /** Says what a larger table's slide leaves out. */ excerpt?: string }
  /** `picture`: where the deck serves the image's copy (`/images/<hash>.png`); `alt` is its caption. */
  image: { picture: string, alt: string }
  code: { language: string, code: string }
  closing: { takeaways: string[], source?: SourceLink }
}

export type SlideKind = keyof SlideFields

/** A planned slide of kind `K`. */
export type SlideOf<K extends SlideKind> = SlideBase & { kind: K } & SlideFields[K]

export type SlidePlan = { [K in SlideKind]: SlideOf<K> }[SlideKind]

export interface DeckPlan {
  title: string
  lang: Lang
  locale: Locale
  /** The short line every slide but the cover carries at its foot: the deck's short title or its source. */
  footer: string
  /** Date and author, as the cover shows them. */
  byline: string
  source?: SourceLink
  /** The figures shown as callouts, in deck order, with what they measure and the sentence they come from. */
  keyFigures: { figure: string, label: string, sentence: string }[]
  /** Every turn of the article's dialogue, in order (the handout's appendix). */
  transcript: { speaker: string, role?: string, text: string }[]
  /** Talk length for the presenter's countdown timer. */
  minutes: number
  slides: SlidePlan[]
}
