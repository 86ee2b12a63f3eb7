/**
 * Article Markdown → a flat list of pieces (headings, paragraphs, quotes, rules and typed blocks) as plain text.
 * markdown-it reads raw HTML as HTML tokens, and ./html.ts reads those; template tags go first (./templates.ts).
 */
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { STAGE_DIRECTIONS } from '../config.ts'
import { escapeHtml } from '../escape.ts'
import { normalizeSpace } from '../text.ts'
import type { Block } from '../types.ts'
import { htmlParts, htmlText, type HtmlPart } from './html.ts'
import { assertSize } from './limits.ts'
import { hasTemplateTags, stripTemplateTags } from './templates.ts'

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false })
/** The Markdown inside raw HTML blocks, whose tags the HTML parser has already read. */
const fragments = new MarkdownIt({ html: false, linkify: false, typographer: false })

const RAW_HTML_FENCE = /^\{?=html\}?$/i

export type Piece =
  | { kind: 'heading', level: number, text: string }
  /** A paragraph, with the target of its first link (a `Source: [x](url)` line links its URL). */
  | { kind: 'paragraph', text: string, link?: string }
  | { kind: 'quote', paragraphs: string[] }
  | { kind: 'rule' }
  | Extract<Block, { kind: 'list' | 'table' | 'code' | 'image' }>

/** A link reference definition: `[title]: <> (Text)` is how some articles keep metadata. */
export interface Reference {
  href: string
  title: string
}

export interface ReadMarkdown {
  pieces: Piece[]
  /** Link reference definitions by label, as markdown-it normalises it (upper case). */
  references: Record<string, Reference>
}

export function readMarkdown(source: string): ReadMarkdown {
  let env: { references?: Record<string, Reference> } = {}
  let tokens = markdown.parse(source, env)
  if (hasTemplateTags(source)) {
    env = {}
    tokens = markdown.parse(stripTemplateTags(source, codeLines(tokens)), env)
  }
  assertSizes(tokens)
  return { pieces: topLevelBlocks(tokens).flatMap(toPieces), references: env.references ?? {} }
}

function isCode(token: Token): boolean {
  return token.type === 'code_block' || (token.type === 'fence' && !isRawHtml(token))
}

function isRawHtml(token: Token): boolean {
  return token.type === 'html_block' || (token.type === 'fence' && RAW_HTML_FENCE.test(token.info.trim()))
}

/** Line ranges of fenced and indented code, where template tags are the content. */
function codeLines(tokens: Token[]): [number, number][] {
  return tokens.filter(t => isCode(t) && t.map).map(t => t.map as [number, number])
}

/** Raw HTML is measured by the text it shows (see htmlPiece); a page of chart data in a script is not text. */
function assertSizes(tokens: Token[]): void {
  for (const token of tokens) {
    if (!isRawHtml(token)) assertSize(token.content.length, isCode(token) ? 'code' : 'text')
  }
}

interface BlockGroup {
  type: string
  tokens: Token[]
}

/** Groups the flat token stream into top-level blocks (everything between a level-0 open and its close). */
function topLevelBlocks(tokens: Token[]): BlockGroup[] {
  const groups: BlockGroup[] = []
  let current: Token[] = []
  for (const token of tokens) {
    current.push(token)
    if (token.level === 0 && token.nesting !== 1) {
      groups.push({ type: current[0].type.replace(/_open$/, ''), tokens: current })
      current = []
    }
  }
  return groups
}

function toPieces(block: BlockGroup): Piece[] {
  const inlines = block.tokens.filter(t => t.type === 'inline')
  switch (block.type) {
    case 'heading':
      return [{ kind: 'heading', level: Number(block.tokens[0].tag.slice(1)), text: inlineText(inlines[0]) }]
    case 'paragraph':
      return paragraphPieces(inlines[0])
    case 'blockquote':
      return [{ kind: 'quote', paragraphs: inlines.map(inlineText).filter(Boolean) }]
    case 'bullet_list':
    case 'ordered_list':
      return [{ kind: 'list', ordered: block.type === 'ordered_list', items: inlines.map(inlineText).filter(Boolean) }]
    case 'table':
      return [tableBlock(block)]
    case 'fence':
    case 'code_block': {
      const token = block.tokens[0]
      // SuperMD's ```=html and Pandoc's ```{=html} fences are raw HTML, not code to show.
      if (isRawHtml(token)) return htmlParts(token.content, markdownText).map(htmlPiece)
      return [{ kind: 'code', lang: token.info.trim().split(/\s+/)[0] ?? '', text: token.content.replace(/\n$/, '') }]
    }
    case 'html_block':
      return htmlParts(block.tokens[0].content, markdownText).map(htmlPiece)
    case 'hr':
      return [{ kind: 'rule' }]
    default:
      return []
  }
}

function htmlPiece(part: HtmlPart): Piece {
  if (part.kind === 'paragraph' || part.kind === 'heading') assertSize(part.text.length, 'text')
  if (part.kind === 'code') assertSize(part.text.length, 'code')
  return part
}

/** Plain text of Markdown inline source (the text of a raw HTML block). */
function markdownText(source: string): string {
  return flatten(fragments.parseInline(source, {})[0]?.children ?? [])
}

/** Plain text of an inline token: marks dropped, links and images reduced to their text, HTML read. */
function inlineText(token: Token | undefined): string {
  const children = token?.children ?? []
  return children.some(c => c.type === 'html_inline') ? htmlText(asHtml(children)) : flatten(children)
}

function flatten(children: Token[]): string {
  let text = ''
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'image') text += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' '
  }
  return normalizeSpace(text)
}

/** Inline children with HTML in them, as one HTML fragment: the HTML parser pairs the tags and drops what they hide. */
function asHtml(children: Token[]): string {
  let html = ''
  for (const child of children) {
    if (child.type === 'html_inline') html += child.content
    else if (child.type === 'text' || child.type === 'code_inline') html += escapeHtml(child.content)
    else if (child.type === 'image') html += `<img src="${escapeHtml(child.attrGet('src') ?? '')}" alt="${escapeHtml(child.content)}">`
    else if (child.type === 'softbreak') html += '\n'
    else if (child.type === 'hardbreak') html += '<br>'
  }
  return html
}

/** A paragraph: its text, or image blocks when it holds images alone. */
function paragraphPieces(inline: Token): Piece[] {
  const children = inline.children ?? []
  if (children.some(c => c.type === 'html_inline')) return htmlParts(asHtml(children)).map(htmlPiece)
  const content = children.filter(c => c.type === 'image' || (c.type === 'text' && c.content.trim() !== '') || c.type === 'code_inline')
  if (content.length > 0 && content.every(c => c.type === 'image'))
    return content.map(c => ({ kind: 'image', src: c.attrGet('src') ?? '', alt: normalizeSpace(c.content) }))
  // A line of links alone ("[PNG] [SVG] [Wordcloud of open answers]") is the page's navigation, not its text.
  if (linksOnly(children)) return []
  const text = withoutStageDirections(flatten(children))
  const link = children.find(c => c.type === 'link_open')?.attrGet('href') ?? undefined
  return text ? [{ kind: 'paragraph', text, ...(link ? { link } : {}) }] : []
}

/** Whether every word of the paragraph is the text of a link. */
const STAGE_DIRECTION = new RegExp(`\\s*(?:[\\[(](?:${STAGE_DIRECTIONS.en.join('|')})[\\])]|[（(](?:${STAGE_DIRECTIONS.zh.join('|')})[）)])`, 'giu')

function linksOnly(children: Token[]): boolean {
  let depth = 0
  let links = 0
  for (const child of children) {
    if (child.type === 'link_open') {
      depth++
      links++
    } else if (child.type === 'link_close') depth--
    else if (depth === 0 && child.type !== 'softbreak' && child.type !== 'hardbreak' && /[\p{L}\p{N}]/u.test(child.content)) return false
  }
  return links > 0
}

/** A transcript's notes to the reader ("[laughs]", 「（笑）」, 「（音譯）」) are not what anyone said. */
export function withoutStageDirections(text: string): string {
  return normalizeSpace(text.replace(STAGE_DIRECTION, ' ')).replace(/\s+([,.;:!?，。；：！？])/gu, '$1')
}

function tableBlock(block: BlockGroup): Piece {
  const rows: string[][] = []
  let row: string[] | undefined
  let inHead = false
  let header: string[] = []
  for (const token of block.tokens) {
    if (token.type === 'thead_open') inHead = true
    else if (token.type === 'thead_close') inHead = false
    else if (token.type === 'tr_open') row = []
    else if (token.type === 'inline' && row) row.push(inlineText(token))
    else if (token.type === 'tr_close' && row) {
      if (inHead) header = row
      else rows.push(row)
      row = undefined
    }
  }
  return { kind: 'table', header, rows }
}
