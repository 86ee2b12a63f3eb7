/** The single source of defaults: names the parser recognises, deck labels, budgets and limits. */
import type { Lang } from './types.ts'

/** H2 headings (compared case-insensitively, trimmed) that mark the special parts of an article. */
export const HIGHLIGHT_HEADINGS = ['亮点', '要点', '重点', 'highlights', 'key points', 'key takeaways', 'takeaways']
export const DIALOGUE_HEADINGS = ['详细对话', '对话', '访谈', '对话实录', 'transcript', 'interview', 'dialogue', 'conversation']
/** Prefixes of the line that carries the article's source link. */
export const SOURCE_PREFIXES = ['原链接', '原文链接', '来源', '原文', 'source', 'original', 'link']

/** The deck's own words, per language. */
export const LABELS = {
  zh: {
    highlights: '要点',
    dialogue: '对话',
    introduction: '引言',
    source: '来源',
    thanks: '谢谢',
    continued: '（续）',
    figures: '数字',
    fullText: '全文',
    part: (n: number) => `第 ${n} 部分`,
  },
  en: {
    highlights: 'Highlights',
    dialogue: 'Dialogue',
    introduction: 'Introduction',
    source: 'Source',
    thanks: 'Thank you',
    continued: ' (cont.)',
    figures: 'Figures',
    fullText: 'Full text',
    part: (n: number) => `Part ${n}`,
  },
} satisfies Record<Lang, unknown>

export type Labels = (typeof LABELS)[Lang]

/** Slide budgets, counted in display columns (a CJK character is two). */
export const BUDGET = {
  /** Sentences shown on a section slide. */
  sectionSentences: { min: 2, max: 4 },
  /** Display columns of all bullets on one section slide. */
  sectionColumns: 360,
  /** Display columns of one bullet before it is shortened on the slide. */
  bulletColumns: 130,
  /** Highlights callouts and bullets per slide. */
  highlightCallouts: 4,
  highlightBullets: 5,
  /** Display columns of a quote on a quote slide. */
  quoteColumns: 150,
  /** Display columns of a slide title before its type gets smaller. */
  titleColumns: 48,
  /** Display columns of a callout label. */
  labelColumns: 24,
  /** Paragraphs grouped into one section when an article has no headings. */
  paragraphsPerSection: 3,
}

/** Slidev canvas, in CSS pixels; the PDF is one canvas per page. */
export const CANVAS = { width: 980, aspectRatio: 16 / 9 }

/** Where things live and what the tool is called with when nothing is said. */
export const DEFAULTS = {
  article: 'articles/deepseek-nvidia.md',
  formats: ['web', 'pdf'] as const,
  exportsDir: 'exports',
  pdfName: 'deck.pdf',
}

/** Input limits: an article comes from anywhere. */
export const LIMITS = {
  maxBytes: 5 * 1024 * 1024,
}

export const FORMATS = ['web', 'pdf'] as const
export type Format = (typeof FORMATS)[number]

/** Local font stacks: the deck must load nothing from the network. */
export const FONTS = {
  sans: '"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Noto Sans",ui-sans-serif,system-ui,sans-serif',
  mono: '"Noto Sans Mono CJK SC","DejaVu Sans Mono",ui-monospace,monospace',
}

/** Browsers tried, in order, after CHROME_PATH and Playwright's own. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
