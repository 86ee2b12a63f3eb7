/**
 * Stage 1: Markdown article → `Article`. Pure: reads markdown-it's token stream (./markdown.ts), never the
 * file system. Front matter, HTML and template tags are read here and never shown; the renderer escapes the rest.
 */
import { blockPlainText } from '../blocks.ts'
import { BUDGET, DIALOGUE_HEADINGS, HIGHLIGHT_HEADINGS, META_KEYS, SOURCE_PREFIXES } from '../config.ts'
import { safeUrl } from '../escape.ts'
import { detectLang, normalizeSpace } from '../text.ts'
import type { Article, Section, SourceLink, Speaker, Turn } from '../types.ts'
import { isBoilerplate } from './boilerplate.ts'
import { splitFrontMatter } from './front-matter.ts'
import { ArticleError, assertSize } from './limits.ts'
import { detectLocale } from './locale.ts'
import { readMarkdown, type Piece } from './markdown.ts'
import { frontMatterMetadata, referenceMetadata } from './metadata.ts'
import { roleIn } from './roles.ts'
import { turnLabel, withoutStamps, type TurnLabel } from './turns.ts'

export { ArticleError } from './limits.ts'

export interface ParseOptions {
  /** The article's file name: its title when the article states none. */
  fileName?: string
}

type Part = 'intro' | 'highlights' | 'section'

export function parseArticle(source: string, options: ParseOptions = {}): Article {
  const front = splitFrontMatter(source)
  const fromFront = frontMatterMetadata(front.data)
  if (fromFront.title) assertSize(fromFront.title.length, 'text')
  const { pieces, references } = readMarkdown(front.body)
  const fromLines = referenceMetadata(references)

  const article: Article = {
    title: '',
    lede: '',
    highlights: [],
    sections: [],
    speakers: [],
    meta: {},
    boilerplate: [],
    warnings: front.warning ? [front.warning] : [],
    lang: 'en',
    locale: 'en',
  }
  const date = fromFront.date ?? fromLines.date
  let author = fromFront.author ?? fromLines.author
  if (date) article.meta.date = date

  const firstH1 = pieces.find(p => p.kind === 'heading' && p.level === 1 && p.text !== '')
  const title = fromFront.title ?? fromLines.title ?? (firstH1?.kind === 'heading' ? firstH1.text : undefined)
  // The H1 that is the title (or repeats the front matter's) is not a section.
  const titleHeading = firstH1?.kind === 'heading' && firstH1.text === title ? firstH1 : undefined
  const sectionLevel = chooseSectionLevel(pieces)
  const speakers = findSpeakers(pieces, sectionLevel)

  let part: Part = 'intro'
  let section: Section | undefined
  let turn: Turn | undefined
  // A `Source: URL` line names the article's source at its top, or as its last words; one in between cites the
  // data of a chart or a table (zig's `Source: OSS Insight`) and goes to the notes.
  let sourceLine: SourceLink | undefined
  let closingSource: { link: SourceLink, text: string } | undefined
  const body = (): Section => {
    if (!section) {
      section = { heading: '', blocks: [] }
      article.sections.push(section)
    }
    return section
  }

  for (const piece of pieces) {
    if (piece === titleHeading) continue
    if (closingSource && (piece.kind !== 'paragraph' || !(sourceLinkOf(piece) || isBoilerplate(piece.text)))) {
      article.boilerplate.push(closingSource.text) // more follows: it cited something in between
      closingSource = undefined
    }
    const label = labelHeading(piece)
    if (label) {
      // A speaker's label as a heading opens their turn; a label heading of someone who speaks once is structure.
      if (speakers.has(label.speaker)) turn = openTurn(body(), label)
      else {
        body().blocks.push({ kind: 'subheading', text: label.speaker })
        turn = undefined
      }
      continue
    }
    if (piece.kind !== 'paragraph') turn = undefined
    switch (piece.kind) {
      case 'rule':
        continue
      case 'heading':
        if (piece.level <= sectionLevel) {
          part = HIGHLIGHT_HEADINGS.includes(headingKey(piece.text)) ? 'highlights' : 'section'
          section = part === 'section' ? { heading: piece.text, blocks: [] } : undefined
          if (section) article.sections.push(section)
        } else if (part === 'highlights') article.highlights.push(piece.text)
        else if (piece.text) body().blocks.push({ kind: 'subheading', text: piece.text })
        continue
      case 'paragraph': {
        const link = sourceLinkOf(piece)
        const byline = part === 'intro' ? bylineOf(piece.text) : undefined
        if (link && part === 'intro') sourceLine ??= link
        else if (link) closingSource = { link, text: piece.text }
        else if (byline) author ??= byline
        else if (isBoilerplate(piece.text)) {
          article.boilerplate.push(piece.text)
          turn = undefined
        } else if (part === 'highlights') article.highlights.push(piece.text)
        else turn = addParagraph(body(), piece.text, speakers, turn)
        continue
      }
      case 'quote': {
        const text = piece.paragraphs.join(' ')
        if (!text) continue
        if (piece.paragraphs.every(isBoilerplate)) article.boilerplate.push(...piece.paragraphs)
        else if (part === 'intro' && !article.lede && article.sections.length === 0) article.lede = text
        else if (part === 'highlights') article.highlights.push(...piece.paragraphs)
        else body().blocks.push({ kind: 'paragraph', text })
        continue
      }
      case 'list':
        if (part === 'highlights') article.highlights.push(...piece.items)
        else body().blocks.push(piece)
        continue
      default:
        if (part !== 'highlights') body().blocks.push(piece)
    }
  }

  if (author) article.meta.author = author
  article.sections = article.sections.filter(s => s.blocks.length > 0 || s.heading)
  // Without headings every few paragraphs make a section; a conversation stays whole, the planner picks its exchanges.
  if (sectionLevel === Infinity) article.sections = article.sections.flatMap(s => s.blocks.some(b => b.kind === 'turn') ? [s] : splitUntitled(s))
  article.speakers = speakerRoles(article)
  article.title = title ?? fileTitle(options.fileName) ?? firstWords(article)
  const url = sourceLine ?? closingSource?.link ?? sourceOf(fromFront.source ?? fromLines.source)
  if (url) article.source = url
  // Empty headings, list items, code blocks and alt-less images are markup, not text.
  const text = allText(article)
  if (text.trim() === '') throw new ArticleError(article.boilerplate.length > 0 ? 'the article has no text but credits and notices' : 'the article has no text')
  article.lang = detectLang(text)
  article.locale = detectLocale(text, article.lang)
  return article
}

/**
 * Sections start at H2 when the article has H2s, else at H3, else (Infinity) sections come from paragraphs.
 * Speaker labels set as headings (`### 唐鳳：`) are turns, not sections.
 */
function chooseSectionLevel(pieces: Piece[]): number {
  for (const level of [2, 3, 4]) {
    if (pieces.some(p => p.kind === 'heading' && p.level === level && !labelHeading(p))) return level
  }
  return Infinity
}

/** A heading that is a speaker's label alone (`### 唐鳳：`), the turn's words in the paragraphs under it. */
function labelHeading(piece: Piece): TurnLabel | undefined {
  if (piece.kind !== 'heading' || !/[:：]$/.test(piece.text)) return undefined
  const label = turnLabel(piece.text)
  return label?.text === '' ? label : undefined
}

/** `Author: Jane Doe` / `作者：…` at the top of the article: the byline, not a paragraph. */
function bylineOf(text: string): string | undefined {
  const match = /^([^:：]{1,12})[:：]\s*(\S.*)$/u.exec(text)
  return match && META_KEYS.author.includes(match[1].trim().toLowerCase()) ? match[2] : undefined
}

function headingKey(text: string): string {
  return text.trim().toLowerCase().replace(/[:：]$/, '')
}

/**
 * Who speaks: a label that opens at least two paragraphs of the article, or one under a transcript heading.
 * Once is a `Label: sentence` of prose; twice is a conversation.
 */
function findSpeakers(pieces: Piece[], sectionLevel: number): Set<string> {
  const counts = new Map<string, number>()
  const speakers = new Set<string>()
  let transcript = false
  for (const piece of pieces) {
    const label = piece.kind === 'paragraph' ? !isBoilerplate(piece.text) && !sourceLinkOf(piece) && turnLabel(piece.text) : labelHeading(piece)
    if (!label) {
      if (piece.kind === 'heading' && piece.level <= sectionLevel) transcript = DIALOGUE_HEADINGS.includes(headingKey(piece.text))
      continue
    }
    const count = (counts.get(label.speaker) ?? 0) + 1
    counts.set(label.speaker, count)
    if (count >= 2 || transcript) speakers.add(label.speaker)
  }
  return speakers
}

/**
 * A paragraph of a section: a turn when it opens with a speaker's label, the continuation of the turn before
 * it when it has none, else a paragraph. Returns the turn still open.
 */
function addParagraph(section: Section, text: string, speakers: Set<string>, open: Turn | undefined): Turn | undefined {
  const label = turnLabel(text)
  if (label && speakers.has(label.speaker)) return openTurn(section, label)
  if (open) {
    open.text = [open.text, withoutStamps(text)].filter(Boolean).join(' ')
    return open
  }
  section.blocks.push({ kind: 'paragraph', text })
  return undefined
}

function openTurn(section: Section, { speaker, role, time, text }: TurnLabel): Turn {
  const turn: Turn = { kind: 'turn', speaker, text, ...(role ? { role } : {}), ...(time ? { time } : {}) }
  section.blocks.push(turn)
  return turn
}

/** The speakers in order of their first turn, each with the role the article gives them; turns carry it too. */
function speakerRoles(article: Article): Speaker[] {
  const turns = article.sections.flatMap(s => s.blocks.filter((b): b is Turn => b.kind === 'turn'))
  const text = turns.length > 0 ? allText(article) : ''
  const speakers = new Map<string, Speaker>()
  for (const turn of turns) {
    if (speakers.has(turn.speaker)) continue
    // One letter (`Q`, `A`) is a part, not a person with a role.
    const role = turns.find(t => t.speaker === turn.speaker && t.role)?.role ?? (turn.speaker.length > 1 ? roleIn(turn.speaker, text) : undefined)
    speakers.set(turn.speaker, { name: turn.speaker, ...(role ? { role } : {}) })
  }
  for (const turn of turns) {
    const role = speakers.get(turn.speaker)?.role
    if (role) turn.role = role
  }
  // A label-only paragraph with nothing after it is no turn.
  for (const section of article.sections) section.blocks = section.blocks.filter(b => b.kind !== 'turn' || b.text !== '')
  return [...speakers.values()]
}

/** The `原链接: URL` / `Source: URL` line, when `piece` is that line and the URL is http(s). */
function sourceLinkOf(piece: Extract<Piece, { kind: 'paragraph' }>): SourceLink | undefined {
  const match = /^([^:：]{1,20})\s*[:：]\s*(.*)$/u.exec(piece.text)
  if (!match || !SOURCE_PREFIXES.includes(match[1].trim().toLowerCase())) return undefined
  const url = safeUrl(piece.link ?? match[2].trim())
  return url ? { url, label: match[1].trim() } : undefined
}

/** A source URL from metadata has no words of the article's to label it: the planner names it. */
function sourceOf(url: string | undefined): SourceLink | undefined {
  return url ? { url, label: '' } : undefined
}

/** Without headings, every few paragraphs make a section (named later by the planner). */
function splitUntitled(section: Section): Section[] {
  if (section.heading) return [section]
  const size = BUDGET.paragraphsPerSection
  const parts: Section[] = []
  for (let i = 0; i < section.blocks.length; i += size) parts.push({ heading: '', blocks: section.blocks.slice(i, i + size) })
  return parts
}

/** `2024-05-01-adam-stacoviak_interview.md` → `Adam Stacoviak Interview`: a lower-case name gets capitals, as a title. */
function fileTitle(fileName: string | undefined): string | undefined {
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '').replace(/^\d{4}-\d{2}-\d{2}[-_]?/, '')
  const words = normalizeSpace(base?.replace(/[-_]+/g, ' ') ?? '')
  return (words === words.toLowerCase() ? words.replace(/(?<![\p{L}\p{N}])\p{Ll}/gu, letter => letter.toUpperCase()) : words) || undefined
}

/** A title for an article without one: its first prose (never a turn); for a conversation alone, who speaks. */
function firstWords(article: Article): string {
  const prose = article.sections.flatMap(s => s.blocks.filter(b => b.kind !== 'turn').map(blockPlainText))
  const first = [...prose, ...article.highlights, article.lede].find(text => text.trim() !== '')
  return normalizeSpace(first ?? article.speakers.map(s => s.name).join(', '))
}

function allText(article: Article): string {
  return [
    article.title,
    article.lede,
    ...article.highlights,
    ...article.sections.flatMap(s => [s.heading, ...s.blocks.map(blockPlainText)]),
  ].join(' ')
}
