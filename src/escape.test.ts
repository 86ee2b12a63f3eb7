/**
 * The escaping module, checked against the real renderers: markdown-it configured as Slidev does
 * (`html: true`, plus its `linkify: true`) and Vue's template compiler, which is what evaluates `{{ }}`.
 */
import { createRequire } from 'node:module'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { compileTemplate } from 'vue/compiler-sfc'
import { parse as parseYaml } from 'yaml'
import { attributeValue, markdownText, oneLine, safeUrl, yamlString, yamlValue } from './escape.ts'

const NAUGHTY: string[] = createRequire(import.meta.url)('big-list-of-naughty-strings')

/** Pieces that mean something to Markdown, Slidev, Vue or YAML, mixed into the generated strings. */
const HOSTILE = [
  '{{ x }}', '{{', '}}', '{', '&#123;&#123;', '&lbrace;', '<script>alert(1)</script>', '<img src=x onerror="alert(1)">',
  '<!--', '-->', '---', '***', '___', '~~~', '```', '$x$', '$$', '::slot::', '::default::', '<<< @/x', '| table |',
  '1. ', '1) ', '- ', '+ ', '* ', '# ', '> ', '=== ', '\\', '\\{', '\0', '\u0007', '\u0085', '\u2028', '\u2029',
  '\uD800', '\uDC00', '\r\n', '\r', '\n', '\t', '    ', '[x](javascript:alert(1))', '![x](http://evil/)',
  '<style>body{display:none}</style>', 'v-html="x"', '@click="x"', ':is="x"', '<iframe src=x>', '==mark==',
  '[^1]', '[ ] ', '[!NOTE]', 'ftp://example.com/x', 'http://example.com', 'www.example.com', 'a@b.co', '&amp;', '&',
  '"', "'", ':', '`code`', '*em*', '_em_', '~~del~~', '^sup^', '<b>', '</p>', '<br/>', '<QuoteCard />',
]

const hostileString = fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 12 })
const anyString = fc.oneof(hostileString, fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xFFFF }).map(c => String.fromCharCode(c)) }))

const plainMd = new MarkdownIt({ html: true })
// As unplugin-vue-markdown sets it up for Slidev: typographer on. Straight quotes for smartquotes' output, so
// that the curly quotes we leave to it do not count as a change of the text.
const slidevMd = new MarkdownIt({ html: true, linkify: true, xhtmlOut: true, typographer: true, quotes: '""\'\'' })

/** Markdown-it's only entity output: escapeHtml of `& < > "`. */
function decodeEntities(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/** The text a reader sees in `inner` (HTML from markdown-it), after our `{` wrappers are removed. */
function visibleText(inner: string): string {
  return decodeEntities(inner.replace(/<\/?(?:span|a)\b[^>]*>/g, ''))
}

function tagsIn(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? []
}

interface VueNode {
  type: number
  tag?: string
  props?: unknown[]
  children?: VueNode[]
}

/** Vue's view of the HTML: element tags, whether any has attributes or directives, and any `{{ }}`. */
function vueView(html: string): { tags: Set<string>, props: number, interpolations: number, errors: number } {
  const result = compileTemplate({ source: html, filename: 'slide.vue', id: 'escape-test' })
  const view = { tags: new Set<string>(), props: 0, interpolations: 0, errors: result.errors.length }
  const walk = (node: VueNode): void => {
    if (node.type === 1) {
      view.tags.add(node.tag!)
      view.props += node.props?.length ?? 0
    }
    if (node.type === 5) view.interpolations++
    node.children?.forEach(walk)
  }
  if (result.ast) walk(result.ast as unknown as VueNode)
  return view
}

/** The property at the heart of the module: rendered in each block context Slidev gives it, the text is exactly the input. */
function assertRendersLiterally(input: string): void {
  const expected = oneLine(input)
  const escaped = markdownText(input)
  expect(escaped).not.toMatch(/[\n\r]/)
  expect(escaped).not.toContain('{{')
  expect(escaped).not.toMatch(/<(?!\/?span>)/)
  const contexts = [
    { source: escaped, open: '<p>', close: '</p>\n' },
    { source: `# ${escaped}`, open: '<h1>', close: '</h1>\n' },
    { source: `- ${escaped}`, open: '<ul>\n<li>', close: '</li>\n</ul>\n' },
  ]
  for (const { source, open, close } of contexts) {
    const html = plainMd.render(source)
    if (expected === '' && open === '<p>') {
      expect(html).toBe('')
      continue
    }
    expect(html.startsWith(open) && html.endsWith(close), `${JSON.stringify(source)} → ${html}`).toBe(true)
    const inner = html.slice(open.length, html.length - close.length)
    expect(tagsIn(inner).filter(t => t !== '<span>' && t !== '</span>')).toEqual([])
    expect(visibleText(inner)).toBe(expected)
    const vue = vueView(html)
    expect(vue).toMatchObject({ props: 0, interpolations: 0, errors: 0 })
    expect([...vue.tags].every(tag => ['p', 'h1', 'ul', 'li', 'span'].includes(tag))).toBe(true)
  }
  assertLinkifySafe(escaped)
}

/** With Slidev's linkify on, only http(s), mailto and scheme-relative links may appear, never another tag. */
function assertLinkifySafe(escaped: string): void {
  const html = slidevMd.render(escaped)
  for (const tag of tagsIn(html)) {
    if (/^<\/?(?:p|span|a)>$/.test(tag)) continue
    expect(tag).toMatch(/^<a href="(?:https?:|mailto:|\/\/)[^"]*">$/)
  }
  expect(vueView(html).interpolations).toBe(0)
}

describe('markdownText', () => {
  it.each([
    ['{{ x }}', '<span>{</span><span>{</span> x }}'],
    ['&#123;&#123; x }}', '\\&\\#123;\\&\\#123; x }}'],
    ['<script>alert(1)</script>', '&lt;script\\>alert(1)&lt;/script\\>'],
    ['<img src=x onerror="alert(1)">', '&lt;img src\\=x onerror\\="alert(1)"\\>'],
    ['a <!-- b', 'a &lt;!-\\- b'],
    ['a --> b', 'a -\\-\\> b'],
    ['--- not a slide', '\\-\\-\\- not a slide'],
    ['~~~', '\\~\\~\\~'],
    ['costs $5 or $x$', 'costs \\$5 or \\$x\\$'],
    ['::slot::', '\\:\\:slot\\:\\:'],
    ['<<< @/x', '&lt;&lt;&lt; @/x'],
    ['| table |', '\\| table \\|'],
    ['1. first', '1\\. first'],
    ['2024) year', '2024\\) year'],
    ['+ plus', '\\+ plus'],
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['a\\b\\', 'a\\\\b\\\\'],
    ['=== setext', '\\=\\=\\= setext'],
    ['ftp://x.org', 'ftp\\://x.org'],
  ])('escapes %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected)
    assertRendersLiterally(input)
  })

  it('folds line ends (CR, LF, U+2028, U+2029) into spaces so the text stays on its line', () => {
    expect(markdownText('a\r\n---\rb\u2028c\u2029d\n\n- e')).toBe('a -\\-\\- b c d - e')
  })

  it('replaces NUL, other control characters and lone surrogates with U+FFFD', () => {
    expect(markdownText('a\0b\u0007c\u0085d\uD800e\uDC00')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD')
  })

  it('keeps what Slidev\'s typographer would replace: 501(c)(3), --force, +-5, ...', () => {
    for (const text of ['501(c)(3) and (R) and (tm)', 'run --force --- now', '+-5 %', 'wait... what?!! ,, ok????']) {
      assertRendersLiterally(text)
      expect(visibleText(slidevMd.renderInline(markdownText(text)))).toBe(text)
    }
    expect(markdownText('501(c)(3)')).toBe('501\\(c)(3)')
  })

  it('renders every naughty string literally', () => {
    for (const s of NAUGHTY) assertRendersLiterally(s)
  })

  it('renders any string literally (fast-check)', () => {
    fc.assert(fc.property(anyString, s => { assertRendersLiterally(s) }), { numRuns: 1500 })
  })
})

describe('attributeValue', () => {
  it('encodes quotes, angle brackets, ampersands and braces', () => {
    expect(attributeValue(`"'<&>{{ x }}`)).toBe('&quot;&#39;&lt;&amp;&gt;&#123;&#123; x }}')
  })

  it('keeps any string inside the attribute, decoded back by Vue to the one-line text', () => {
    fc.assert(fc.property(anyString, s => {
      const value = attributeValue(s)
      expect(value).not.toMatch(/["'<>{\n\r]/)
      const result = compileTemplate({ source: `<Card label="${value}" />`, filename: 'a.vue', id: 'attr' })
      expect(result.errors).toEqual([])
      const props = (result.ast as unknown as { children: { props: { name: string, value: { content: string } }[] }[] }).children[0].props
      expect(props.map(p => [p.name, p.value.content])).toEqual([['label', oneLine(s)]])
    }), { numRuns: 1000 })
  })
})

describe('yamlString', () => {
  it('is one YAML line that reads back as the one-line text', () => {
    fc.assert(fc.property(anyString, s => {
      const line = yamlString(s)
      expect(line).not.toMatch(/[\n\r\u2028\u2029]/)
      expect(parseYaml(`title: ${line}\n`)).toEqual({ title: oneLine(s) })
    }), { numRuns: 1000 })
    for (const s of NAUGHTY) expect(parseYaml(`title: ${yamlString(s)}\n`)).toEqual({ title: oneLine(s) })
  })

  it('cannot end the frontmatter', () => {
    expect(yamlString('x\n---\nlayout: evil')).toBe('"x --- layout\\u003a evil"')
  })

  it('holds nothing a raw-source scanner acts on, and YAML reads back the text', () => {
    const text = '<!-- {{ x }} --> <img src=x> javascript:alert(1) `code` & more'
    const value = yamlString(text)
    expect(value).not.toMatch(/[<>{}:&`=]/)
    expect(parseYaml(value)).toBe(text)
    expect(parseYaml(yamlValue([{ label: text, n: 1 }]))).toEqual([{ label: text, n: 1 }])
  })
})

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/"<x>', 'https://example.com/%22%3Cx%3E'],
  ])('keeps the http(s) URL %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>',
    'vbscript:x', 'file:///etc/passwd', 'ftp://example.com', 'mailto:a@b.co', '//evil.example', '/relative', 'relative', '', 'http//x',
  ])('drops %j', url => {
    expect(safeUrl(url)).toBeUndefined()
  })
})

describe('oneLine', () => {
  it('collapses white space, trims, and leaves well-formed text without controls', () => {
    expect(oneLine('  a \t\n b\u00A0\u3000c\u2028 ')).toBe('a b c')
    fc.assert(fc.property(anyString, s => {
      const line = oneLine(s)
      expect(line.isWellFormed()).toBe(true)
      expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]|^\s|\s$|\s\s/)
    }), { numRuns: 1000 })
  })
})
