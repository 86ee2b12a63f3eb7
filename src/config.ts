/** The single source of defaults: names the parser recognises, deck labels, budgets and limits. */
import type { Locale } from './types.ts'

/** H2 headings (compared case-insensitively, trimmed) that mark the special parts of an article. */
export const HIGHLIGHT_HEADINGS = ['亮点', '要点', '重点', '亮點', '要點', '重點', 'highlights', 'key points', 'key takeaways', 'takeaways']
/** A transcript heading starts a section like any other; under it, a label that opens one turn is already a speaker. */
export const DIALOGUE_HEADINGS = ['详细对话', '对话', '访谈', '对话实录', '詳細對話', '對話', '訪談', '對話實錄', 'transcript', 'interview', 'dialogue', 'conversation']
/** Prefixes of the line that carries the article's source link. */
export const SOURCE_PREFIXES = ['原链接', '原文链接', '来源', '原文', '原連結', '原文連結', '來源', 'source', 'original', 'link']

/** Front-matter keys (compared lower-cased) and `[key]: <> (value)` metadata lines the parser reads; the first present wins. */
export const META_KEYS = {
  title: ['title'],
  date: ['date', 'published', 'pubdate', 'publishdate'],
  author: ['author', 'authors', 'by', '作者'],
  source: ['canonicalurl', 'canonical_url', 'canonical', 'url', 'link', 'source', 'original'],
}

/**
 * Labels that open a paragraph like a speaker's (`Note: …`) but name no one: never speakers, however
 * often they occur. Compared lower-cased. `Q`/`A` and `问`/`答` are interview turns, so they are not here.
 */
export const NOT_SPEAKERS = [
  'note', 'notes', 'nb', 'n.b.', 'ps', 'p.s.', 'source', 'sources', 'via', 'credit', 'credits', 'update', 'updated', 'edit',
  'correction', 'disclaimer', 'disclosure', 'warning', 'caution', 'important', 'tip', 'pro tip', 'hint', 'example', 'e.g.',
  'summary', 'tl;dr', 'tldr', 'abstract', 'conclusion', 'result', 'results', 'bonus', 'pros', 'cons', 'step', 'lesson',
  'takeaway', 'takeaways', 'problem', 'solution', 'goal', 'context', 'background', 'status', 'price', 'cost', 'time', 'date',
  'location', 'website', 'twitter', 'email', 'link', 'links', 'image', 'photo', 'caption', 'figure', 'fig', 'table',
  'reference', 'references', 'related', 'see also', 'read more', 'further reading', 'keywords', 'tags', 'category', 'title',
  'subtitle', 'description', 'author', 'authors', 'translator', 'translated by', 'editor\'s note', 'why', 'how', 'what',
  '注', '注意', '注释', '备注', '來源', '来源', '出处', '原文', '作者', '译者', '譯者', '翻译', '翻譯', '校对', '校對', '编辑', '編輯',
  '责编', '責編', '编者按', '編者按', '编者注', '編者註', '註', '提示', '更新', '链接', '連結', '图', '圖', '图片', '圖片', '图源', '圖源',
  '题图', '題圖', '表', '例如', '比如', '总结', '總結', '结论', '結論', '摘要', '简介', '簡介', '关键词', '關鍵詞', '标签', '標籤', '时间', '時間',
  '地点', '地點', '声明', '聲明', '免责声明', '免責聲明', '参考', '參考', '参考资料', '參考資料', '延伸阅读', '延伸閱讀', '相关阅读', '相關閱讀',
  '导语', '導語', '出品', '策划', '策劃', '撰文', '文', '视频', '視頻', '影片', '音频', '音頻', 'break',
]

/** Job titles that make a phrase next to a speaker's name their role ("SoFi CEO", "founder of Altimeter", "英伟达CEO"). */
export const ROLE_TITLES = {
  en: [
    'CEO', 'CFO', 'CTO', 'COO', 'CMO', 'CIO', 'CPO', 'VP', 'SVP', 'EVP', 'chief executive officer', 'chief executive', 'chief economist',
    'chief investment officer', 'chief strategist', 'chief', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'chair',
    'president', 'vice president', 'managing partner', 'general partner', 'partner', 'analyst', 'economist', 'strategist',
    'investor', 'portfolio manager', 'manager', 'director', 'head', 'host', 'co-host', 'anchor', 'reporter', 'correspondent',
    'editor', 'journalist', 'professor', 'researcher', 'scientist', 'engineer', 'secretary', 'minister', 'senator', 'governor',
    'commissioner', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'principal', 'lead',
  ],
  zh: [
    '首席执行官', '首席執行官', '执行长', '執行長', '联合创始人', '聯合創始人', '创始人', '創始人', '创办人', '創辦人', '董事长', '董事長',
    '副总裁', '副總裁', '总裁', '總裁', '主席', '总经理', '總經理', '合伙人', '合夥人', '分析师', '分析師', '经济学家', '經濟學家', '策略师',
    '策略師', '主持人', '记者', '記者', '主编', '主編', '编辑', '編輯', '教授', '研究员', '研究員', '科学家', '科學家', '工程师', '工程師',
    '负责人', '負責人', '总监', '總監', '董事', '部长', '部長', '投资人', '投資人', '基金经理', '基金經理', '首席经济学家', '首席經濟學家',
  ],
}

/**
 * Credits and publisher boilerplate: a short paragraph (see the parser) matching one of these goes to the
 * speaker notes, never into a section or the title: translator and thanks lines, "translated from", calls for
 * pull requests, sponsorship and subscription.
 */
export const BOILERPLATE = [
  /^special\s+thanks\b|^(?:many\s+|big\s+)?thanks\s+(?:to|go(?:es)?\s+to)\b[^.]{0,80}\bfor\b/i,
  /^(?:this\s+(?:article|post|piece|essay)\s+(?:was|is|has been)\s+)?(?:translated|translation)\s+(?:from|by|into)\b/i,
  /^(?:translator|translated by|translation)\s*[:：]/i,
  /^(?:originally\s+published|first\s+published|reposted\s+from|cross-?posted\s+from)\b/i,
  /\b(?:send|submit|open|make|file)\s+(?:us\s+)?(?:a\s+)?(?:pull\s+requests?|PRs?)\b|\b(?:pull\s+requests?|PRs?)\s+(?:are\s+)?welcome\b/i,
  /^(?:subscribe|sign\s+up|follow\s+us|support\s+us|become\s+a\s+(?:patron|sponsor|member|subscriber))\b|\bsubscribe\s+(?:here|now|today|for\s+free)\b/i,
  /^(?:thanks|thank\s+you)\s+for\s+(?:reading|listening|watching)\b/i,
  /^[^.!?]{0,40}\beditors?\s*:/i,
  /^break\s*:/i,
  /^(?:this\s+(?:episode|post|issue|newsletter|article)\s+is\s+)?(?:sponsored|brought\s+to\s+you)\s+by\b/i,
  /\b(?:sponsor|support)\s+(?:this|our|my)\s+(?:work|project|newsletter|podcast|show)\b/i,
  /^(?:译者|譯者|翻译|翻譯|校对|校對|审校|審校|编译|編譯|原作者|原文作者|本文作者|作者)\s*[:：|｜]/,
  /^(?:本文|此文)?(?:译自|譯自|翻译自|翻譯自|转载自|轉載自|来自|來自|经授权|經授權)/,
  /^原文(?:标题|標題)?\s*[:：]/,
  /(?:感谢|感謝|谢谢|謝謝|致谢|致謝).{0,40}(?:翻译|翻譯|校对|校對|审校|審校|译|譯)/,
  /^(?:欢迎|歡迎)(?:关注|關注|订阅|訂閱|转发|轉發|投稿|赞助|贊助|提交|PR)/,
  /^(?:关注|關注|订阅|訂閱)(?:我们|我們|公众号|公眾號|本号|本號)/,
  /^(?:谢谢|謝謝|感谢|感謝)(?:您|你|大家)?的?(?:阅读|閱讀|收看|收听|收聽)/,
  /(?:编辑人员|編輯人員|编辑团队|編輯團隊)\s*[:：]/,
  /(?:赞助|贊助)(?:本|我们|我們|这个|這個)/,
]

/** Words that open a sentence but carry nothing on a slide; a bullet drops them ("此外，…" → "…"). */
export const CONNECTIVES = {
  zh: ['此外', '另外', '然而', '同时', '与此同时', '不过', '但是', '但', '而且', '并且', '而', '因此', '所以', '其次', '首先', '最后', '总之', '事实上', '实际上', '值得一提的是', '值得注意的是', '另一方面', '据悉', '据了解', '此外還', '然後', '另外還'],
  en: ['however', 'meanwhile', 'moreover', 'furthermore', 'in addition', 'additionally', 'also', 'but', 'and', 'so', 'still', 'yet', 'besides', 'indeed', 'in fact', 'of course', 'that said', 'as a result', 'overall', 'finally', 'first', 'second', 'third', 'then', 'now', 'well', 'ok', 'okay', 'yeah', 'yes', 'no', 'um', 'uh', 'like', 'you know', 'i mean', 'look'],
}

/** The deck's own words, per locale (Traditional Chinese articles get Traditional labels). */
export const LABELS = {
  'zh-CN': {
    highlights: '要点',
    keyNumbers: '关键数字',
    agenda: '议程',
    dialogue: '对话',
    source: '来源',
    takeaways: '要点回顾',
    overview: '概述',
    before: '此前',
    after: '此后',
    thanks: '谢谢',
    continued: '（续）',
    figures: '数字',
    measures: '含义',
    sentence: '原文',
    transcript: '对话全文',
    part: (n: number) => `第 ${n} 部分`,
  },
  'zh-TW': {
    highlights: '要點',
    keyNumbers: '關鍵數字',
    agenda: '議程',
    dialogue: '對話',
    source: '來源',
    takeaways: '要點回顧',
    overview: '概述',
    before: '此前',
    after: '此後',
    thanks: '謝謝',
    continued: '（續）',
    figures: '數字',
    measures: '含義',
    sentence: '原文',
    transcript: '對話全文',
    part: (n: number) => `第 ${n} 部分`,
  },
  en: {
    highlights: 'Highlights',
    keyNumbers: 'Key numbers',
    agenda: 'Agenda',
    dialogue: 'Dialogue',
    source: 'Source',
    takeaways: 'Takeaways',
    overview: 'Overview',
    before: 'Before',
    after: 'After',
    thanks: 'Thank you',
    continued: ' (cont.)',
    figures: 'Figures',
    measures: 'What it measures',
    sentence: 'In the article',
    transcript: 'Full transcript',
    part: (n: number) => `Part ${n}`,
  },
} satisfies Record<Locale, unknown>

export type Labels = (typeof LABELS)[Locale]

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

/**
 * Type sizes and slide geometry, in CSS pixels on the 980 × 552 canvas: sized for a room (body ≥ 24 px is
 * about 24 pt projected). The renderer hands them to the layouts as theme variables (`--slidev-theme-*`),
 * and the text budgets below are computed from them, so a slide says less rather than shrinking its type.
 * The browser tests measure every slide against these sizes.
 */
export const TYPE = {
  coverTitle: 48,
  title: { large: 44, small: 36 },
  body: 24,
  /** A quote, larger than body text. */
  quote: 26,
  numeral: { keyNumbers: 72, beside: 52 },
  /** A callout's label and a chart's captions: secondary, still read from the back. */
  label: 20,
  /** Eyebrows, source lines, footers: the smallest type on any slide. */
  small: 14,
  /** Body lines are this many times the type size apart. */
  lineHeight: 1.45,
}

/**
 * The least a slide may show, in rendered CSS pixels, as `npm run check` measures it: the requirement floors
 * under the TYPE sizes above (a key number may step down from 72 to 64, a callout beside text from 52 to 44).
 * `any` holds for every visible text run, code, footers, source lines and chart labels included.
 */
export const DESIGN_FLOORS = {
  body: TYPE.body,
  title: TYPE.title.small,
  numeralKey: 64,
  numeralBeside: 44,
  any: TYPE.small,
}

export const GEOMETRY = {
  padX: 56,
  padTop: 36,
  /** The footer strip at the bottom of every slide but the cover: slide number and short title. */
  footer: 40,
  /** Width of a callout beside a section's bullets. */
  aside: 280,
  gap: 36,
}

/** Average advance of a Latin letter in ems (Inter); a CJK character is 1 em, that is two display columns. */
const LATIN_EM = 0.56

/** Display columns of text of `fontPx` that fit in `widthPx`. */
export function columnsIn(widthPx: number, fontPx: number): number {
  return Math.floor(widthPx / (fontPx * LATIN_EM))
}

/** Lines of text of `fontPx` that fit in `heightPx`. */
export function linesIn(heightPx: number, fontPx: number, lineHeight = TYPE.lineHeight): number {
  return Math.floor(heightPx / (fontPx * lineHeight))
}

const CANVAS_HEIGHT = Math.ceil(CANVAS.width / CANVAS.aspectRatio)
const CONTENT_WIDTH = CANVAS.width - 2 * GEOMETRY.padX
/** Height under a one-line title, above the footer. */
const BODY_HEIGHT = CANVAS_HEIGHT - GEOMETRY.padTop - TYPE.title.large * 1.25 - GEOMETRY.gap - GEOMETRY.footer

/**
 * Slide budgets, in display columns (a CJK character is two, a Latin letter one) and lines, computed from the
 * type sizes and geometry above; `npm run check` proves them in Chromium.
 */
export const BUDGET = {
  /** A deck is a briefing: about one content slide per minute of talk, never more than this many slides in all. */
  maxSlides: 24,
  slidesPerMinute: 1,
  /** Bullets on a section slide: the best few sentences of the section, the rest in the notes. */
  sectionBullets: { min: 2, max: 4 },
  /** Lines of bullets under a one-line title, and columns per line beside a callout and across the slide. */
  sectionLines: linesIn(BODY_HEIGHT, TYPE.body) - 2,
  sectionLineColumns: columnsIn(CONTENT_WIDTH - GEOMETRY.aside - GEOMETRY.gap, TYPE.body),
  wideLineColumns: columnsIn(CONTENT_WIDTH, TYPE.body),
  /** A bullet is a whole sentence of at most this many lines beside a callout; longer sentences stay in the notes. */
  bulletLines: 3,
  /** Highlights: bullets across the slide. */
  highlightBullets: 5,
  /** Key numbers: the strongest figures of the article, each once in the deck. */
  keyNumbers: { min: 2, max: 4 },
  /** A long conversation is summed up in parts of about this many turns, at most this many parts. */
  turnsPerPart: 12,
  conversationParts: 6,
  /** Exchanges: how many the deck shows when it has dialogue, and lines of quote on one slide. */
  exchanges: { min: 3, max: 6 },
  quoteLines: linesIn(BODY_HEIGHT, TYPE.quote) - 3,
  quoteLineColumns: columnsIn(CONTENT_WIDTH - 2 * GEOMETRY.gap, TYPE.quote),
  /** The cover's lede, in lines across the cover. */
  ledeLines: 3,
  ledeLineColumns: columnsIn(CONTENT_WIDTH, TYPE.body),
  /** Title type steps down through these sizes (columns per line at each), then wraps at the last. */
  titleLineColumns: { large: columnsIn(CONTENT_WIDTH, TYPE.title.large), small: columnsIn(CONTENT_WIDTH, TYPE.title.small) },
  coverTitleColumns: columnsIn(CONTENT_WIDTH, TYPE.coverTitle),
  /** Lines a title may wrap to at the smallest size before it is shortened (full title in notes). */
  titleMaxLines: { cover: 3, other: 2 },
  /**
   * A callout label, built to fit (src/figures/label.ts): subject and metric need about 14 CJK or 28 Latin
   * characters ("Nvidia 单日市值蒸发", "ZSF's entire operating costs"); two lines of label type at most.
   */
  labelColumns: 28,
  /** Agenda items (section titles) and closing takeaways. */
  agendaItems: 7,
  takeaways: 3,
  /** Charts: bars on one chart. */
  bars: { min: 2, max: 6 },
  /** Tables on a slide: rows and columns shown; a larger table shows its first rows, the handout holds it whole. */
  tableRows: 6,
  tableColumns: 5,
  /** Code blocks with at most this many lines get a slide. */
  codeLines: 14,
  /** The footer's short title. */
  footerColumns: 60,
  /** Paragraphs grouped into one section when an article has no headings. */
  paragraphsPerSection: 3,
}

/** Colours: one accent, ink and a secondary ink dark enough for a projector (contrast ≥ 4.5:1 on both themes). */
export const THEME = {
  accent: '#1f4e79',
  light: { paper: '#ffffff', ink: '#1d232b', muted: '#4a5561', tint: '#eef3f8' },
  dark: { paper: '#14181d', ink: '#eef1f4', muted: '#b7c0ca', tint: '#1f2731' },
}

/** The source's QR code: on the closing slide (canvas px, as components/SourceQr.vue draws it, and in the PPTX) and on the handout's first page. */
export const QR_SIZE = { slide: 80, handoutMm: 32 }

/** The contact sheet (`--formats sheet`): slides as thumbnails in a grid. */
export const CONTACT_SHEET = { columns: 4, thumbWidth: 490, gap: 16 }

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

/**
 * Local font stacks: the deck loads nothing from the network. English text is set in Inter with the CJK face as
 * fallback (so ’ is not drawn full-width); Chinese text in the CJK face, with Latin letters and figures in
 * "Deck Latin" (Inter, limited to Latin code points by @font-face in styles/index.css).
 */
export const FONTS = {
  sans: {
    'zh-CN': '"Deck Latin","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",ui-sans-serif,system-ui,sans-serif',
    'zh-TW': '"Deck Latin","Noto Sans CJK TC","Noto Sans TC","Source Han Sans TC","PingFang TC","Microsoft JhengHei",ui-sans-serif,system-ui,sans-serif',
    en: '"Inter","Liberation Sans","Noto Sans CJK SC",ui-sans-serif,system-ui,sans-serif',
  } satisfies Record<Locale, string>,
  mono: '"DejaVu Sans Mono","Noto Sans Mono CJK SC",ui-monospace,monospace',
  /** The PPTX names one face per script: Latin letters in Inter, Chinese in the CJK face of the deck's script. */
  office: {
    latin: 'Inter',
    eastAsian: { 'zh-CN': 'Noto Sans CJK SC', 'zh-TW': 'Noto Sans CJK TC', en: 'Noto Sans CJK SC' } satisfies Record<Locale, string>,
    mono: 'DejaVu Sans Mono',
  },
}

/** Browsers tried, in order, after CHROME_PATH and Playwright's own. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
