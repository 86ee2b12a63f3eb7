/**
 * Stage 1: Markdown article → `Article`. Pure: reads markdown-it's token stream, never the file system.
 * Raw HTML is off, so any markup in the article arrives here as literal text.
 */
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { parse as parseYaml } from 'yaml'
import { BUDGET, DIALOGUE_HEADINGS, HIGHLIGHT_HEADINGS, SOURCE_PREFIXES } from '../config.ts'
import { DeckError } from '../errors.ts'
import { safeUrl } from '../escape.ts'
import { detectLang, normalizeSpace } from '../text.ts'
import type { Article, Block, Section, SourceLink, Turn } from '../types.ts'

export class ArticleError extends DeckError {}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** A speaker label: short, no sentence punctuation, followed by `:` or `：`. */
const SPEAKER_TURN = /^([^:：。！？!?,，]{1,40}?)\s*[:：]\s*(\S[\s\S]*)$/u

/**
 * The longest text (paragraph, heading, cell, title) and code block accepted. No slide shows that much,
 * and the word, sentence and figure scans downstream slow down superlinearly on one huge string.
 */
const MAX_CHARS = { text: 20_000, code: 100_000 }

export function parseArticle(source: string): Article {
  const { frontMatter, body } = splitFrontMatter(source)
  const tokens = markdown.parse(body, {})
  assertBlockSizes(tokens, frontMatter.title)
  const blocks = topLevelBlocks(tokens)

  const article: Article = {
    title: typeof frontMatter.title === 'string' ? normalizeSpace(frontMatter.title) : '',
    lede: '',
    highlights: [],
    sections: [],
    dialogue: [],
    lang: 'en',
  }

  const sectionLevel = chooseSectionLevel(blocks)
  let part: 'intro' | 'highlights' | 'dialogue' | 'section' = 'intro'
  let section: Section | undefined

  for (const block of blocks) {
    const source = sourceLinkOf(block)
    if (source) {
      article.source = source
      continue
    }
    if (block.type === 'heading') {
      const text = inlineText(block.tokens[1])
      if (block.level === 1 && !article.title) {
        article.title = text
        continue
      }
      if (block.level <= sectionLevel) {
        part = classifyHeading(text)
        section = undefined
        if (part === 'section') {
          section = { heading: text, blocks: [] }
          article.sections.push(section)
        }
        continue
      }
    }
    if (part === 'intro' && block.type === 'blockquote' && !article.lede && article.sections.length === 0) {
      article.lede = blockText(block)
      continue
    }
    if (part === 'highlights') {
      article.highlights.push(...listItemsOrParagraphs(block))
      continue
    }
    if (part === 'dialogue') {
      addTurns(article.dialogue, block)
      continue
    }
    const content = toSectionBlocks(block)
    if (content.length === 0) continue
    if (!section) {
      section = { heading: '', blocks: [] }
      article.sections.push(section)
    }
    section.blocks.push(...content)
  }

  article.sections = article.sections.filter(s => s.blocks.length > 0 || s.heading)
  if (sectionLevel === Infinity) article.sections = article.sections.flatMap(splitUntitled)
  if (!article.title) article.title = firstWords(article)
  // Empty headings, list items, code blocks and alt-less images are markup, not text.
  if (allText(article).trim() === '') throw new ArticleError('the article has no text')
  article.lang = detectLang(allText(article))
  return article
}

function assertBlockSizes(tokens: Token[], title: unknown): void {
  if (typeof title === 'string') assertSize(title.length, 'text')
  for (const token of tokens) assertSize(token.content.length, token.type === 'fence' || token.type === 'code_block' ? 'code' : 'text')
}

function assertSize(length: number, kind: keyof typeof MAX_CHARS): void {
  if (length > MAX_CHARS[kind])
    throw new ArticleError(`a ${kind === 'code' ? 'code block' : 'paragraph'} of ${length} characters is too long for a deck (the limit is ${MAX_CHARS[kind]}); split it`)
}

interface BlockGroup {
  type: string
  level: number
  tokens: Token[]
}

/** Groups the flat token stream into top-level blocks (everything between a level-0 open and its close). */
function topLevelBlocks(tokens: Token[]): BlockGroup[] {
  const groups: BlockGroup[] = []
  let current: Token[] = []
  for (const token of tokens) {
    current.push(token)
    if (token.level === 0 && token.nesting !== 1) {
      const head = current[0]
      const type = head.type.replace(/_open$/, '')
      groups.push({ type, level: type === 'heading' ? Number(head.tag.slice(1)) : 0, tokens: current })
      current = []
    }
  }
  return groups
}

/** Sections start at H2 when the article has H2s, else at H3, else (Infinity) sections come from paragraphs. */
function chooseSectionLevel(blocks: BlockGroup[]): number {
  for (const level of [2, 3, 4]) {
    if (blocks.some(b => b.type === 'heading' && b.level === level)) return level
  }
  return Infinity
}

function classifyHeading(text: string): 'highlights' | 'dialogue' | 'section' {
  const key = text.trim().toLowerCase().replace(/[:：]$/, '')
  if (HIGHLIGHT_HEADINGS.includes(key)) return 'highlights'
  if (DIALOGUE_HEADINGS.includes(key)) return 'dialogue'
  return 'section'
}

/** Plain text of an inline token: marks dropped, links and images reduced to their text. */
function inlineText(token: Token | undefined): string {
  if (!token?.children) return normalizeSpace(token?.content ?? '')
  let text = ''
  for (const child of token.children) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') text += child.content
    else if (child.type === 'image') text += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' '
  }
  return normalizeSpace(text)
}

function inlineTokens(block: BlockGroup): Token[] {
  return block.tokens.filter(t => t.type === 'inline')
}

function blockText(block: BlockGroup): string {
  return inlineTokens(block).map(inlineText).filter(Boolean).join(' ')
}

function listItemsOrParagraphs(block: BlockGroup): string[] {
  return inlineTokens(block).map(inlineText).filter(Boolean)
}

/** The `原链接: URL` / `Source: URL` line, when `block` is that line and the URL is http(s). */
function sourceLinkOf(block: BlockGroup): SourceLink | undefined {
  if (block.type !== 'paragraph') return undefined
  const inline = block.tokens[1]
  const text = inlineText(inline)
  const match = /^([^:：]{1,20})\s*[:：]\s*(.*)$/u.exec(text)
  if (!match || !SOURCE_PREFIXES.includes(match[1].trim().toLowerCase())) return undefined
  const href = inline.children?.find(c => c.type === 'link_open')?.attrGet('href') ?? match[2].trim()
  const url = safeUrl(href)
  return url ? { url, label: match[1].trim() } : undefined
}

/** Each paragraph of a transcript is a `Speaker: text` turn, or continues the turn before it. */
function addTurns(turns: Turn[], block: BlockGroup): void {
  for (const text of listItemsOrParagraphs(block)) {
    const match = SPEAKER_TURN.exec(text)
    if (match) turns.push({ speaker: match[1].trim(), text: match[2].trim() })
    else if (turns.length > 0) turns[turns.length - 1].text += ` ${text}`
  }
}

function toSectionBlocks(block: BlockGroup): Block[] {
  switch (block.type) {
    case 'paragraph': {
      const image = onlyImage(block.tokens[1])
      if (image) return [image]
      const text = blockText(block)
      return text ? [{ kind: 'paragraph', text }] : []
    }
    case 'heading':
    case 'blockquote': {
      const text = blockText(block)
      return text ? [{ kind: 'paragraph', text }] : []
    }
    case 'bullet_list':
    case 'ordered_list':
      return [{ kind: 'list', ordered: block.type === 'ordered_list', items: listItemsOrParagraphs(block) }]
    case 'table':
      return [tableBlock(block)]
    case 'fence':
    case 'code_block': {
      const token = block.tokens[0]
      return [{ kind: 'code', lang: token.info.trim().split(/\s+/)[0] ?? '', text: token.content.replace(/\n$/, '') }]
    }
    default:
      return []
  }
}

function onlyImage(inline: Token): Block | undefined {
  const children = (inline.children ?? []).filter(c => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak')
  if (children.length !== 1 || children[0].type !== 'image') return undefined
  return { kind: 'image', src: children[0].attrGet('src') ?? '', alt: normalizeSpace(children[0].content) }
}

function tableBlock(block: BlockGroup): Block {
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

/** Without headings, every few paragraphs make a section (named later by the planner). */
function splitUntitled(section: Section): Section[] {
  if (section.heading) return [section]
  const size = BUDGET.paragraphsPerSection
  const parts: Section[] = []
  for (let i = 0; i < section.blocks.length; i += size) parts.push({ heading: '', blocks: section.blocks.slice(i, i + size) })
  return parts
}

function splitFrontMatter(source: string): { frontMatter: Record<string, unknown>, body: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source)
  if (!match) return { frontMatter: {}, body: source }
  try {
    const data: unknown = parseYaml(match[1])
    if (data && typeof data === 'object' && !Array.isArray(data))
      return { frontMatter: data as Record<string, unknown>, body: source.slice(match[0].length) }
  } catch {
    // Not YAML after all: the lines stay part of the body.
  }
  return { frontMatter: {}, body: source }
}

/** A title for an article without one: its first text of any kind, on one line. */
function firstWords(article: Article): string {
  const texts = [...article.sections.flatMap(s => s.blocks.map(blockPlainText)), ...article.highlights, ...article.dialogue.map(t => t.text)]
  return normalizeSpace(texts.find(text => text.trim() !== '') ?? '')
}

export function blockPlainText(block: Block): string {
  switch (block.kind) {
    case 'paragraph': return block.text
    case 'list': return block.items.join(' ')
    case 'table': return [block.header, ...block.rows].map(r => r.join(' ')).join(' ')
    case 'code': return block.text
    case 'image': return block.alt
  }
}

function allText(article: Article): string {
  return [
    article.title,
    article.lede,
    ...article.highlights,
    ...article.sections.flatMap(s => [s.heading, ...s.blocks.map(blockPlainText)]),
    ...article.dialogue.map(t => t.text),
  ].join(' ')
}
