/** Typed data passed between the pipeline stages: parse → figures → plan → render → build. */

export type Lang = 'zh' | 'en'

/** One block of section body, kept as plain text: inline Markdown is flattened by the parser. */
export type Block =
  | { kind: 'paragraph', text: string }
  | { kind: 'list', ordered: boolean, items: string[] }
  | { kind: 'table', header: string[], rows: string[][] }
  | { kind: 'code', lang: string, text: string }
  | { kind: 'image', src: string, alt: string }

export interface Section {
  heading: string
  blocks: Block[]
}

export interface Turn {
  speaker: string
  text: string
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
  dialogue: Turn[]
  source?: SourceLink
  /** Language detected from the article's script. */
  lang: Lang
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
export type TitleSize = 'large' | 'medium' | 'small'

interface SlideBase {
  /** The full title: outline, presenter and notes use it. */
  title: string
  /** The title as the slide shows it, shortened only when even the smallest size cannot hold it. */
  shownTitle: string
  titleSize: TitleSize
  notes: Notes
}

export type SlidePlan = SlideBase & (
  | { kind: 'cover', lede: string, source?: SourceLink }
  | { kind: 'highlights', callouts: Callout[], bullets: string[] }
  | { kind: 'section', bullets: string[], callout?: Callout }
  | { kind: 'quote', speaker: string, quote: string }
  | { kind: 'closing', source?: SourceLink }
)

export interface DeckPlan {
  title: string
  lang: Lang
  /** Talk length for the presenter's countdown timer. */
  minutes: number
  slides: SlidePlan[]
}
