/** The single source of defaults: names the parser recognises, deck labels, budgets and limits. */
import { availableParallelism } from 'node:os'
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
  // A signature under a letter: `-Andrew`, `— Jane Doe`.
  /^[-–—~]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u,
]

/**
 * Abbreviations ICU's sentence breaker ends a sentence at (`Hey, Mr.` | `Smith, …`): a sentence that ends with one
 * runs on into the next. Titles, `e.g.`, `vs.`, country initials and a single capital (`John F. Kennedy`); not
 * `etc.` or `Inc.`, which end sentences as often as not.
 */
export const ABBREVIATION_END = /(?:^|[\s(“"'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|vs|e\.g|i\.e|cf|U\.S|U\.K|[A-Z])\.$/

/** Words that open a sentence but carry nothing on a slide; a bullet drops them ("此外，…" → "…"). */
export const CONNECTIVES = {
  zh: ['此外', '另外', '然而', '同时', '与此同时', '不过', '但是', '但', '而且', '并且', '而', '因此', '所以', '其次', '首先', '最后', '总之', '事实上', '实际上', '值得一提的是', '值得注意的是', '另一方面', '据悉', '据了解', '此外還', '然後', '另外還'],
  en: ['however', 'meanwhile', 'moreover', 'furthermore', 'in addition', 'additionally', 'also', 'but', 'and', 'so', 'still', 'yet', 'besides', 'indeed', 'in fact', 'of course', 'that said', 'as a result', 'overall', 'finally', 'first', 'second', 'third', 'then', 'now', 'well', 'ok', 'okay', 'yeah', 'yes', 'no', 'um', 'uh', 'like', 'you know', 'i mean', 'look'],
}

/**
 * A leading clause that points at a picture or table on the article's page ("As shown above,", 「如上图所示，」):
 * a bullet says its fact without it, since the slide does not show what it points at.
 */
export const POINTER_CLAUSE = {
  zh: /^(?:如|从|從|由)?(?:上|下)?(?:图|圖|表)(?:中)?(?:所示|可以看出|可以看到|可见|可見|可知)[，,：:]\s*/u,
  en: /^as (?:(?:is |was )?shown|seen|illustrated|you can see|we can see)(?: (?:above|below|here|earlier|in the (?:chart|graph|figure|table|map|image|picture)(?: (?:above|below))?))?[,:]\s*/iu,
}

/** Sentences that lean on what came before ("This might…", 「这一…」, "The big spike…" of a chart not shown) say little on a slide of their own. */
export const ANAPHORA = {
  zh: /^(?:这|這|此|该|該|其|他们|他們|它们|它們|上述|以上|尤其是)/u,
  en: /^(?:this|that|these|those|it|they|he|she|such|as shown|as you can see|of this|of these|as a result|here|there|the (?:big |small |sharp )?(?:chart|graph|figure|table|spike|dip|peak|gap|(?:top |bottom )?line|bars?))\b/i,
}

/** Nouns every conversation repeats: never what one part of it is about. */
export const GENERIC_NOUNS = new Set(('somebody someone something anybody anyone anything everybody everyone everything nobody nothing '
  + 'thing things people person guy guys way ways lot lots kind kinds sort time times year years day days question questions '
  + 'answer answers point points part parts stuff idea ideas world fact bit place side end case number numbers').split(' '))

/** A total (`Total Income`, 「合计」): the figure a table or a report leads with. */
export const TOTAL = /^(?:total|grand total|overall|sum)\b|^(?:合计|合計|总计|總計|总额|總額|总共|總共)/iu

/** A figure in a hypothetical ("let's say $100 million", "let's give everyone $1,000", 「假如一万张」) is an example, not a fact for a callout. */
export const HYPOTHETICAL = /\b(?:let'?s|let us say|imagine|suppose|say you|if you|hypothetical(?:ly)?|for example|for instance|e\.g\.)\b|假设|假設|假如|如果|比如|比方|譬如|例如/iu

/** First-person sentences are someone's voice, not a takeaway. */
export const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I've|I'd|we|we're|we've|our|us|my|me)(?![\p{L}'])|我|我们|我們/u

/** Notes to the reader in transcripts, in brackets or parentheses: dropped from what a speaker said. */
export const STAGE_DIRECTIONS = {
  en: ['laughs?', 'laughter', 'laughing', 'chuckles?', 'crosstalk', 'inaudible', 'unintelligible', 'applause', 'music', 'pause', 'silence', 'sighs?', 'coughs?', 'background noise', 'audio cuts out'],
  zh: ['笑', '众笑', '眾笑', '大笑', '笑声', '笑聲', '音译', '音譯', '掌声', '掌聲', '鼓掌', '听不清', '聽不清', '停顿', '停頓', '沉默'],
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
    tableExcerpt: (rows: number, ofRows: number, columns: number, ofColumns: number) =>
      `节选：${ofRows} 行中的 ${rows} 行${columns < ofColumns ? `，${ofColumns} 列中的 ${columns} 列` : ''}`,
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
    tableExcerpt: (rows: number, ofRows: number, columns: number, ofColumns: number) =>
      `節選：${ofRows} 列中的 ${rows} 列${columns < ofColumns ? `，${ofColumns} 欄中的 ${columns} 欄` : ''}`,
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
    tableExcerpt: (rows: number, ofRows: number, columns: number, ofColumns: number) =>
      `Excerpt: ${rows} of ${ofRows} rows${columns < ofColumns ? `, ${columns} of ${ofColumns} columns` : ''}`,
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

/** Where Chromium sends every request but the deck's own (src/export/exported-deck.ts): tcpmux's port, never served. */
export const OFFLINE_PROXY = 'http://127.0.0.1:1'

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
  /** Code on code slides (styles/index.css), in the monospace face. */
  code: 18,
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
  /** Width of a chart's bar labels, left of the bars; a bar's row is this many ems of body type tall. */
  chartLabel: 360,
  barRowEm: 2.2,
  /** A callout's border and padding, left and right together; key numbers stand two to a row, this far apart. */
  calloutInset: 46,
  keyNumbersGap: 24,
  gap: 36,
}

/** A list's indent in ems of its text (styles/index.css: `padding-left: 1.2em`). */
const LIST_INDENT_EM = 1.2

/** Average advance of a Latin letter in ems (Inter); a CJK character is 1 em, that is two display columns. */
const LATIN_EM = 0.56
/** Advance of a monospace character in ems (DejaVu Sans Mono: 0.602), rounded up. */
const MONO_EM = 0.61
/**
 * Inter's advances in ems for printable ASCII from U+0020, as Chromium measures them, rounded up; any other character
 * is `wide` (two display columns: CJK) or `other`; bold type is `bold` times wider. Table cells are measured with
 * these, so a table gets the rows that really fit (fallback faces for Latin are narrower than Inter).
 */
export const GLYPH_EM = {
  ascii: [
    0.29, 0.28, 0.41, 0.64, 0.64, 0.82, 0.64, 0.23, 0.37, 0.37, 0.5, 0.66, 0.29, 0.46, 0.28, 0.36, 0.63, 0.47, 0.61, 0.64,
    0.65, 0.61, 0.63, 0.58, 0.62, 0.63, 0.28, 0.29, 0.66, 0.66, 0.66, 0.51, 0.94, 0.68, 0.66, 0.73, 0.72, 0.6, 0.59, 0.75,
    0.74, 0.27, 0.55, 0.66, 0.57, 0.89, 0.76, 0.77, 0.64, 0.77, 0.64, 0.64, 0.65, 0.75, 0.68, 0.95, 0.65, 0.67, 0.63, 0.37,
    0.36, 0.37, 0.47, 0.46, 0.5, 0.57, 0.63, 0.56, 0.63, 0.59, 0.37, 0.61, 0.6, 0.24, 0.24, 0.55, 0.24, 0.87, 0.59, 0.6,
    0.61, 0.61, 0.38, 0.53, 0.37, 0.59, 0.56, 0.82, 0.54, 0.56, 0.55, 0.37, 0.33, 0.37, 0.66,
  ],
  other: 0.75,
  wide: 1,
  bold: 1.08,
}

/** Display columns of text of `fontPx` that fit in `widthPx`. */
export function columnsIn(widthPx: number, fontPx: number): number {
  return Math.floor(widthPx / (fontPx * LATIN_EM))
}

/** Lines of text of `fontPx` that fit in `heightPx`. */
export function linesIn(heightPx: number, fontPx: number, lineHeight = TYPE.lineHeight): number {
  return Math.floor(heightPx / (fontPx * lineHeight))
}

const CANVAS_HEIGHT = Math.ceil(CANVAS.width / CANVAS.aspectRatio)
/** The width between the slide's side margins, in px. */
export const CONTENT_WIDTH = CANVAS.width - 2 * GEOMETRY.padX
/** Height under a one-line title, above the footer. */
const BODY_HEIGHT = CANVAS_HEIGHT - GEOMETRY.padTop - TYPE.title.large * 1.25 - GEOMETRY.gap - GEOMETRY.footer
/** A content slide's title row at the large size: line, space under it and the 4 px rule (styles/index.css). */
const TITLE_ROW = Math.ceil(TYPE.title.large * (1.2 + 0.3) + 4)
/** A caption under a table or image: one line of label type and the space around it (`.deck-caption`). */
const CAPTION_HEIGHT = Math.ceil(TYPE.label * (1.35 + 0.8))

/** Table cells as styles/index.css sets them: padding in px, line height; rows are ruled 1 px, the header 3 px. */
export const TABLE_CELL = { padX: 10, padY: 6, lineHeight: 1.3, rule: 1, headerRule: 3 }

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
  /** The width a bullet's text sets in (the list's indent taken off), beside a callout or across the slide, in px. */
  bulletWidth: {
    beside: CONTENT_WIDTH - GEOMETRY.aside - GEOMETRY.gap - LIST_INDENT_EM * TYPE.body,
    wide: CONTENT_WIDTH - LIST_INDENT_EM * TYPE.body,
  },
  /** The space between two bullets, in lines of body text (styles/index.css: `li + li` margin 0.55em). */
  bulletGapLines: 0.55 / TYPE.lineHeight,
  /** Highlights: bullets across the slide. */
  highlightBullets: 5,
  /** Key numbers: the strongest figures of the article, each once in the deck. */
  keyNumbers: { min: 2, max: 4 },
  /** Columns of a callout's number: two key numbers to a row, or one beside a section's bullets. */
  numeralColumns: {
    key: columnsIn((CONTENT_WIDTH - GEOMETRY.keyNumbersGap) / 2 - GEOMETRY.calloutInset, TYPE.numeral.keyNumbers),
    beside: columnsIn(GEOMETRY.aside - GEOMETRY.calloutInset, TYPE.numeral.beside),
  },
  /** A long conversation is summed up in parts of about this many turns, at most this many parts. */
  turnsPerPart: 12,
  conversationParts: 6,
  /** A conversation without an author names this many of its speakers on the cover. */
  bylineSpeakers: 3,
  /**
   * A conversation part's title from its nouns (src/plan/topics.ts): a noun counts when the part names it this
   * often and some other part does not; two or three of them make a title; each part is read up to sampleChars;
   * a name counts nameWeight times a common noun.
   */
  topics: { minMentions: 2, minTerms: 2, maxTerms: 3, sampleChars: 20_000, nameWeight: 2 },
  /** Exchanges: how many the deck shows when it has dialogue, and lines of quote on one slide. */
  exchanges: { min: 3, max: 6 },
  quoteLines: linesIn(BODY_HEIGHT, TYPE.quote) - 3,
  quoteLineColumns: columnsIn(CONTENT_WIDTH - 2 * GEOMETRY.gap, TYPE.quote),
  /** The width a quote sets in, right of its quote mark (styles/index.css: `.quote-turn` padding-left 64px), in px. */
  quoteWidth: CONTENT_WIDTH - 64,
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
  takeawayLines: 2,
  /** Charts: bars on one chart, and columns of a bar's label. */
  bars: { min: 2, max: Math.floor((BODY_HEIGHT - CAPTION_HEIGHT * 2) / (TYPE.body * GEOMETRY.barRowEm)) },
  /** Lines of label type a chart's caption may take; a longer one stays in the notes. */
  captionLines: 2,
  barLabelColumns: columnsIn(GEOMETRY.chartLabel - GEOMETRY.gap / 2, TYPE.body),
  /**
   * Tables on a slide: at most these rows and columns, in `tableHeight` px (an excerpt caption below); a larger
   * table shows the rows with the most figures, first rows first. Cells of more lines are shortened. The notes and
   * the handout hold the table whole.
   */
  tableRows: 6,
  tableColumns: 5,
  tableCellLines: 2,
  tableHeight: CANVAS_HEIGHT - GEOMETRY.padTop - TITLE_ROW - GEOMETRY.footer - CAPTION_HEIGHT,
  tableWidth: CONTENT_WIDTH,
  /** An image's caption (its alt text), in label type: two lines across the slide; the notes hold it whole. */
  captionColumns: 2 * columnsIn(CONTENT_WIDTH, TYPE.label),
  /** Code blocks with at most this many lines get a slide; longer lines are cut to `codeColumns` (Slidev pads code 8 px). */
  codeLines: 14,
  codeColumns: Math.floor((CONTENT_WIDTH - 2 * 8) / (TYPE.code * MONO_EM)),
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
  /** The project's own outputs go here; `--out DIR` puts them straight into DIR. */
  exportsDir: 'exports',
}

/** Input limits: an article comes from anywhere. */
export const LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  /** Slidev builds every slide as a Vue component: past this a build takes many minutes and the deck no one can present. */
  maxSlides: 1000,
}

/**
 * The article's images, copied into the deck's `public/images/` (src/assets/, docs/safety.md): raster types only,
 * named by a hash of their bytes, each at most `maxBytes`. Remote ones only with `--fetch-images`.
 */
export const IMAGES = {
  /** The deck's URL folder (and the folder under `public/`) the copies are served from. */
  folder: 'images',
  /** Hex digits of the SHA-256 of the bytes that name a copy. */
  hashDigits: 12,
  maxBytes: 10 * 1024 * 1024,
  /** Images read or fetched per article; later ones are skipped with a warning. */
  maxCount: 50,
  fetch: {
    /** The whole download of one image, redirects included. */
    timeoutMs: 15_000,
    maxRedirects: 3,
    /** Downloads at a time. */
    parallel: 4,
  },
}

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

/** Many articles in one run (`--out-dir DIR`). */
export const BATCH = {
  /** Decks in flight at once (`--concurrency`). */
  concurrency: availableParallelism(),
  /**
   * Decks in flight per build worker: a build keeps one core busy while the deck before it is checked and printed
   * in Chromium on another, so two decks share a worker; more workers only fight over the cores (and memory).
   */
  decksPerBuilder: 2,
  /** The deck folders' overview page in DIR. */
  index: 'index.html',
}

/** Slidev's build, run in a worker process that stays loaded between decks (src/build/slidev.ts). */
export const BUILD = {
  /** A worker is replaced after this many builds: Slidev and Vite keep a few MB of each build. */
  buildsPerWorker: 20,
  /**
   * The build server (src/build/build-server.ts) stops after this long without a build. It holds 1.0–2.1 GB while it
   * waits, its Chromium included (more after more builds, up to buildsPerWorker); a run that finds it saves 4–5 s.
   */
  serverIdleMs: 5 * 60_000,
}

/** One writer per output folder (src/build/lock.ts). */
export const LOCK = {
  file: '.deck-lock',
  /** How long a run waits for another run writing into the same folder before it gives up. */
  waitMs: 10 * 60_000,
  pollMs: 200,
}

/** `npm run dev`. */
export const DEV = {
  /** Saves of the article within this long are one: an editor may write a file in several steps. */
  debounceMs: 50,
}
