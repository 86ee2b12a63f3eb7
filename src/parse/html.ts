/**
 * HTML in an article is read, never shown: htmlparser2 parses it, scripts, styles, embeds and comments are
 * dropped, and what a reader sees (text, headings, lists, tables, images) comes out as plain data.
 */
import { isTag, isText, type ChildNode as Node, type Element } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'
import { normalizeSpace } from '../text.ts'
import type { Block } from '../types.ts'

type Image = Extract<Block, { kind: 'image' }>

/** What an HTML fragment holds, in order. Headings stay headings, so `<h2>` can start a section. */
export type HtmlPart =
  | { kind: 'heading', level: number, text: string }
  | Extract<Block, { kind: 'paragraph' | 'list' | 'table' | 'code' | 'image' }>

/** Elements whose content is code, data or an embedded page: nothing a slide should say. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'noscript', 'svg', 'math', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'title', 'button', 'select', 'textarea',
])

/** Elements that end the paragraph before them and start a new one. */
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'nav', 'p', 'section', 'summary',
])

const HEADING = /^h([1-6])$/

/**
 * The parts of an HTML fragment. `text` turns the raw text of a paragraph, heading, item or cell into plain
 * text: a raw HTML block's text is Markdown to its author (`<center>**Title**</center>`), inline HTML's is not.
 */
export function htmlParts(html: string, text: (raw: string) => string = s => s): HtmlPart[] {
  const parts: HtmlPart[] = []
  /** The paragraph being read: text runs and images, in order. */
  let runs: (string | Image)[] = []
  /** Whether its words stand in links, outside them, or both: a line of links alone is navigation, not text. */
  let linkedWords = false
  let plainWords = false

  const plain = (raw: string) => normalizeSpace(text(raw))
  const flush = () => {
    const words = runs.filter(r => typeof r === 'string').join('')
    const images = runs.filter(r => typeof r !== 'string')
    // A paragraph of images alone is images; an image inside a sentence is its alt text.
    if (words.trim() === '') parts.push(...images)
    else if (linkedWords && !plainWords) {
      // `[PNG] [SVG] [Wordcloud of open answers]`: the page's navigation (as src/parse/markdown.ts drops in Markdown).
    } else {
      const paragraph = plain(runs.map(r => typeof r === 'string' ? r : r.alt).join(''))
      if (paragraph) parts.push({ kind: 'paragraph', text: paragraph })
    }
    runs = []
    linkedWords = plainWords = false
  }

  const walk = (nodes: Node[], inLink = false) => {
    for (const node of nodes) {
      if (isText(node)) {
        runs.push(node.data)
        if (/[\p{L}\p{N}]/u.test(node.data)) {
          if (inLink) linkedWords = true
          else plainWords = true
        }
        continue
      }
      if (!isTag(node) || DROPPED.has(node.name)) continue
      const name = node.name
      const level = HEADING.exec(name)
      if (name === 'br') runs.push('\n')
      else if (name === 'img') runs.push(image(node))
      else if (level) {
        flush()
        const heading = plain(inlineText(node))
        if (heading) parts.push({ kind: 'heading', level: Number(level[1]), text: heading })
      } else if (name === 'table') {
        flush()
        parts.push(table(node, plain))
      } else if (name === 'ul' || name === 'ol') {
        flush()
        const items = node.children.filter(isElement('li')).map(li => plain(inlineText(li))).filter(Boolean)
        if (items.length > 0) parts.push({ kind: 'list', ordered: name === 'ol', items })
      } else if (name === 'pre') {
        flush()
        parts.push(code(node))
      } else if (BREAKS.has(name)) {
        flush()
        walk(node.children, inLink)
        flush()
      } else walk(node.children, inLink || name === 'a')
    }
  }

  walk(parseDocument(html).children)
  flush()
  return parts
}

/** The text of an inline HTML fragment (a heading's, a list item's, a cell's), on one line. */
export function htmlText(html: string): string {
  return normalizeSpace(inlineText(parseDocument(html)))
}

/** Text as it reads: line breaks for `<br>`, images by their alt text, block edges as spaces. */
function inlineText(parent: { children: Node[] }): string {
  let out = ''
  for (const node of parent.children) {
    if (isText(node)) out += node.data
    else if (!isTag(node) || DROPPED.has(node.name)) continue
    else if (node.name === 'br') out += '\n'
    else if (node.name === 'img') out += image(node).alt
    else if (BREAKS.has(node.name) || node.name === 'td' || node.name === 'th') out += ` ${inlineText(node)} `
    else out += inlineText(node)
  }
  return out
}

function image(node: Element): Image {
  return { kind: 'image', src: node.attribs.src ?? '', alt: normalizeSpace(node.attribs.alt ?? node.attribs.title ?? '') }
}

function isElement(name: string) {
  return (node: Node): node is Element => isTag(node) && node.name === name
}

/** A table's own rows (not those of a table nested in a cell); a first row of `<th>` or in `<thead>` is the header. */
function table(node: Element, plain: (raw: string) => string): HtmlPart {
  const rows: { cells: string[], head: boolean }[] = []
  const collect = (parent: Element, inHead: boolean) => {
    for (const child of parent.children) {
      if (!isTag(child)) continue
      if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') collect(child, child.name === 'thead')
      else if (child.name === 'tr') {
        const cells = child.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
        rows.push({ cells: cells.map(c => plain(inlineText(c))), head: inHead || (cells.length > 0 && cells.every(c => c.name === 'th')) })
      }
    }
  }
  collect(node, false)
  const [first, ...rest] = rows
  if (first?.head) return { kind: 'table', header: first.cells, rows: rest.map(r => r.cells) }
  return { kind: 'table', header: [], rows: rows.map(r => r.cells) }
}

function code(node: Element): HtmlPart {
  const inner = node.children.find(isElement('code'))
  const lang = /\blang(?:uage)?-([\w+#-]+)/.exec(inner?.attribs.class ?? node.attribs.class ?? '')?.[1] ?? ''
  return { kind: 'code', lang, text: DomUtils.textContent(node).replace(/^\n/, '').replace(/\n$/, '') }
}
