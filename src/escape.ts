/**
 * The one module that turns article text into slides.md source. Slidev compiles slides.md as a Vue
 * template: markdown-it with raw HTML on, then `{{ }}` interpolation, then slide splitting on lines
 * starting with `---` and notes taken from the last HTML comment. Every function here returns text
 * that, after all of that, shows the input literally and can never add markup, code or slides.
 */

/**
 * Characters that mean something to markdown-it, Slidev's plugins or Vue, anywhere in a line: emphasis,
 * code, links, raw HTML and entities, tables, strikethrough, KaTeX `$`, marks `==`, `::slot::` and
 * link schemes (`:`, so linkify cannot turn `ftp:` or `file:` text into a link), and `{`.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&#|~$=:{]/g

/** Line starts that open a block: list items, setext underlines, `---` slide separators, ordered lists. */
const BLOCK_START = /^([-+]|\d{1,9}(?=[.)]))/

/**
 * Article text → one line of Markdown that renders as exactly that text.
 * CommonMark lets any ASCII punctuation be backslash-escaped, so that is the default, with two exceptions:
 * - `<` becomes `&lt;`: Slidev's parser and transformers scan the raw source, where `\<!--` still opens
 *   a comment (swallowing the next slide separators) and `\<script setup>` still looks like a script.
 * - `{` becomes its own element: markdown-it decodes entities and backslash escapes before Vue sees the
 *   HTML, so the only way to keep Vue from reading `{{` is to never let two braces touch in a text node.
 */
export function markdownText(text: string): string {
  const line = oneLine(text).replace(MARKDOWN_SPECIAL, escapeChar).replace(TYPOGRAPHER, untypographed)
  return line.replace(BLOCK_START, match => /\d/.test(match) ? `${match}\\` : `\\${match}`)
}

/**
 * What Slidev's Markdown (markdown-it with `typographer`, as unplugin-vue-markdown sets it) would replace: `(c)`,
 * `(r)`, `(tm)` (`501(c)(3)` must not read `501©(3)`), `+-`, `--` (a flag `--force`), and runs of `.`, `?`, `!`,
 * `,`. Escaping all but the first character splits the run across tokens, which the replacement never sees.
 * Curly quotes (smartquotes) are left to it: they change how text looks, not what it says.
 */
const TYPOGRAPHER = /\((?=(?:c|r|tm)\))|\+-|([.?!,-])\1+/gi

function untypographed(match: string): string {
  return match === '(' ? '\\(' : match[0] + [...match.slice(1)].map(c => `\\${c}`).join('')
}

function escapeChar(char: string): string {
  if (char === '<') return '&lt;'
  if (char === '{') return '<span>{</span>'
  return `\\${char}`
}

/**
 * Article text → a double-quoted HTML attribute value (Vue decodes entities; attributes never interpolate).
 * `{` is encoded too, so slides.md holds no `{{` at all for any raw-source scanner to misread.
 */
export function attributeValue(text: string): string {
  return escapeHtml(oneLine(text)).replace(/\{/g, '&#123;')
}

/** Text → HTML text or attribute value for pages we print ourselves (the handout): the five characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Article text → a YAML double-quoted scalar (JSON is YAML), one line so it cannot end the frontmatter.
 * Characters that raw-source scanners act on (`<!--`, `-->`, `{{`, `javascript:`, tags, `$`) are written as
 * `\uXXXX` escapes, which YAML decodes: slides.md holds none of them, and Slidev hands the layout the text itself.
 */
export function yamlString(text: string): string {
  return JSON.stringify(oneLine(text)).replace(SCANNED, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const SCANNED = /[<>{}:&`=]/g

/**
 * Data → a one-line YAML flow value for slide frontmatter, which Slidev hands to the layout as props (layouts
 * show them as text only); every string as in `yamlString`.
 */
export function yamlValue(value: unknown): string {
  if (typeof value === 'string') return yamlString(value)
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${yamlValue(item)}`).join(', ')}}`
  return JSON.stringify(value)
}

/**
 * Code → a fenced block that Slidev highlights with Shiki and shows literally: the fence is longer than any
 * backtick run in the code, and the info string is a plain language name, so it can never name one of
 * Slidev's code-block transformers (Monaco, Mermaid, PlantUML, magic move) or pass options (`{…}`) to them.
 * Slidev itself escapes `{{` in highlighted code.
 */
export function codeFence(code: string, language: string): string {
  const lang = PLAIN_LANGUAGE.test(language) && !CODE_TRANSFORMERS.has(language.toLowerCase()) ? language : ''
  const longest = Math.max(2, ...Array.from(code.matchAll(/`+/g), run => run[0].length))
  const fence = '`'.repeat(longest + 1)
  const text = code.toWellFormed().replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD')
  return `${fence}${lang}\n${text}\n${fence}`
}

const PLAIN_LANGUAGE = /^[A-Za-z][\w+#-]{0,30}$/
const CODE_TRANSFORMERS = new Set(['mermaid', 'plantuml', 'md', 'markdown', 'katex', 'latex', 'tex', 'math'])

/**
 * Article text → text for an Office file (the PPTX, XML 1.0): control characters and lone surrogates, which XML
 * cannot hold and PowerPoint refuses, become U+FFFD; line ends stay. pptxgenjs encodes the markup characters.
 */
export function xmlText(text: string): string {
  return text.toWellFormed().replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
}

/** Only http(s) URLs leave this function; anything else (javascript:, data:, relative) gives undefined. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/**
 * Well-formed, single-line text: line ends and other white space fold to one space, C0 and C1 control
 * characters and lone surrogates (which YAML and the PDF text layer reject) become U+FFFD.
 */
export function oneLine(text: string): string {
  return text
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim()
}
