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
    source: '来源',
    thanks: '谢谢',
    continued: '（续）',
    figures: '数字',
    part: (n: number) => `第 ${n} 部分`,
  },
  en: {
    highlights: 'Highlights',
    dialogue: 'Dialogue',
    source: 'Source',
    thanks: 'Thank you',
    continued: ' (cont.)',
    figures: 'Figures',
    part: (n: number) => `Part ${n}`,
  },
} satisfies Record<Lang, unknown>

export type Labels = (typeof LABELS)[Lang]

/**
 * Slide budgets, in display columns (a CJK character is two, a Latin one) and lines. They follow the
 * type sizes in styles/index.css on the 980×552 canvas; `npm run check` proves them in Chromium.
 */
export const BUDGET = {
  /** Bullets on a section slide; more lead sentences continue on a "(cont.)" slide. */
  sectionBullets: { min: 2, max: 4 },
  /** Lines of bullets under a one-line title, and columns per line beside a callout. */
  sectionLines: 9,
  sectionLineColumns: 56,
  /** Display columns of one bullet before it is shortened on the slide (full text in notes). */
  bulletColumns: 130,
  /** Highlights: callouts across the top, then bullets. */
  highlightCallouts: 4,
  highlightBullets: 5,
  highlightLines: 8,
  highlightLineColumns: 90,
  /** A quote on a quote slide, cut at a sentence boundary. */
  quoteColumns: 150,
  /** The cover's lede. */
  ledeColumns: 260,
  /** Title type steps down through these sizes (columns per line at each), then wraps at the last. */
  titleLineColumns: { large: 48, medium: 62, small: 78 },
  /** Lines a title may wrap to at the smallest size before it is shortened (full title in notes). */
  titleMaxLines: { cover: 4, other: 2 },
  /** A callout label. */
  labelColumns: 24,
  /** Paragraphs grouped into one section when an article has no headings. */
  paragraphsPerSection: 3,
}

/**
 * Talk pacing: the deck's countdown timer is the time to say the article's text aloud at a briefing
 * pace (characters a minute for Chinese, words a minute for English), within sensible bounds.
 */
export const PACE = {
  zhCharsPerMinute: 300,
  enWordsPerMinute: 160,
  minMinutes: 3,
  maxMinutes: 120,
}

/** Slidev canvas, in CSS pixels; the PDF is one canvas per page. */
export const CANVAS = { width: 980, aspectRatio: 16 / 9 }

/** Where things live and what the tool is called with when nothing is said. */
export const DEFAULTS = {
  article: 'articles/deepseek-nvidia.md',
  formats: ['web', 'pdf', 'handout'] as const,
  /** The project's own outputs go here; `--out DIR` puts them straight into DIR. */
  exportsDir: 'exports',
  files: { pdf: 'deck.pdf', handout: 'handout.pdf', png: 'slides-png', pptx: 'deck.pptx' },
}

/** Input limits: an article comes from anywhere. */
export const LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  /** Slidev builds every slide as a Vue component: past this a build takes many minutes and the deck no one can present. */
  maxSlides: 1000,
}

export const FORMATS = ['web', 'pdf', 'handout', 'png', 'pptx'] as const
export type Format = (typeof FORMATS)[number]

/** Local font stacks: the deck must load nothing from the network. */
export const FONTS = {
  sans: '"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Noto Sans",ui-sans-serif,system-ui,sans-serif',
  mono: '"Noto Sans Mono CJK SC","DejaVu Sans Mono",ui-monospace,monospace',
}

/** Browsers tried, in order, after CHROME_PATH and Playwright's own. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
