/** Title, date, author and source URL from front matter and from `[key]: <> (value)` metadata lines. */
import { META_KEYS } from '../config.ts'
import { safeUrl } from '../escape.ts'
import { normalizeSpace } from '../text.ts'
import { htmlText } from './html.ts'
import type { Reference } from './markdown.ts'
import { stripTemplateTags } from './templates.ts'

export interface Metadata {
  title?: string
  date?: string
  author?: string
  source?: string
}

export function frontMatterMetadata(data: Record<string, unknown>): Metadata {
  const lower = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]))
  const first = <T>(keys: string[], read: (value: unknown) => T | undefined) =>
    keys.map(key => read(lower.get(key))).find(value => value !== undefined)
  return {
    // Only a string is a title: `title: 1` or a list is someone else's data.
    title: first(META_KEYS.title, value => typeof value === 'string' ? title(value) : undefined),
    date: first(META_KEYS.date, date),
    author: first(META_KEYS.author, names),
    source: first(META_KEYS.source, value => typeof value === 'string' ? safeUrl(value.trim()) : undefined),
  }
}

/** Metadata kept as link reference definitions with an empty target, `[title]: <> (The Title)`. */
export function referenceMetadata(references: Record<string, Reference>): Metadata {
  const lower = new Map(Object.entries(references).filter(([, ref]) => ref.href === '').map(([label, ref]) => [label.toLowerCase(), ref.title]))
  const first = (keys: string[]) => keys.map(key => text(lower.get(key) ?? '')).find(Boolean)
  const source = first(META_KEYS.source)
  const named = first(META_KEYS.title)
  return { title: named && title(named), date: first(META_KEYS.date), author: first(META_KEYS.author), source: source ? safeUrl(source) : undefined }
}

/** A metadata title is read like the article's text: its HTML and template tags are not shown. */
function title(value: string): string | undefined {
  return text(htmlText(stripTemplateTags(value, [])))
}

function text(value: string): string | undefined {
  return normalizeSpace(value) || undefined
}

/** YAML keeps dates as written; TOML gives Date objects (a date alone prints as `2024-01-02`). */
function date(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  return typeof value === 'string' || typeof value === 'number' ? text(String(value)) : undefined
}

/** `author: A`, `authors: [A, B]`, `author: { name: A }` → `A, B`. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(item => {
    if (typeof item === 'string') return text(item)
    if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') return text((item as { name: string }).name)
    return undefined
  }).filter(name => name !== undefined)
  return list.length > 0 ? list.join(', ') : undefined
}
