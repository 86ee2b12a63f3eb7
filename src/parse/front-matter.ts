/**
 * The metadata block at the top of an article: YAML between `---` lines, TOML between `+++` lines, Ziggy
 * (`.title = "…",`, SuperMD's) between `---` lines, or a first paragraph of `Title: …` lines (Pelican,
 * MultiMarkdown). A fenced block that is none of these is another tool's metadata: skipped, with a warning.
 */
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

export interface FrontMatter {
  data: Record<string, unknown>
  /** The article after the block. */
  body: string
  warning?: string
}

const BLOCK = /^(---|\+\+\+)[ \t]*\n(?:([\s\S]*?)\n)?\1[ \t]*(?:\n|$)/
/** A first paragraph made only of `Key: value` lines. */
const KEY_LINES = /^(?:[A-Za-z][\w-]*:[ \t]+\S[^\n]*(?:\n|$))+(?:[ \t]*\n|$)/
/** A Ziggy top-level string field, `.title = "…",`. */
const ZIGGY_FIELD = /^[ \t]*\.(\w+)[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*")[ \t]*,?[ \t]*$/gm

export function splitFrontMatter(source: string): FrontMatter {
  const match = BLOCK.exec(source)
  if (!match) return keyLines(source)
  const [whole, fence, text = ''] = match
  const body = source.slice(whole.length)
  const data = fence === '---' ? mapping(() => parseYaml(text, { logLevel: 'error' })) ?? ziggy(text) : mapping(() => parseToml(text))
  if (data || text.trim() === '') return { data: data ?? {}, body }
  // `---` then a blank line is a thematic break with text under it, not a metadata block.
  if (fence === '---' && /^[ \t]*$/.test(text.split('\n', 1)[0])) return { data: {}, body: source }
  const lines = whole.trimEnd().split('\n').length
  return { data: {}, body, warning: `skipped the front matter (lines 1–${lines}): it is not valid ${fence === '---' ? 'YAML' : 'TOML'}` }
}

/** Pelican and MultiMarkdown metadata: taken only when it names a title, so a first `Note: …` paragraph stays text. */
function keyLines(source: string): FrontMatter {
  const match = KEY_LINES.exec(source)
  const data = match ? mapping(() => parseYaml(match[0], { logLevel: 'error' })) : undefined
  if (!match || !data || !Object.keys(data).some(key => key.toLowerCase() === 'title')) return { data: {}, body: source }
  return { data, body: source.slice(match[0].length) }
}

/** Ziggy's top-level string fields; nested values (`.custom = {…}`) are layout data, not metadata. */
function ziggy(text: string): Record<string, unknown> | undefined {
  const fields = Array.from(text.matchAll(ZIGGY_FIELD), ([, key, value]) => [key, stringLiteral(value)]).filter(([, value]) => value !== undefined)
  return fields.length > 0 ? Object.fromEntries(fields) : undefined
}

/** A Ziggy string literal; its escapes are JSON's, and one that is not JSON is not read. */
function stringLiteral(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string
  } catch {
    return undefined
  }
}

/** The parsed block when it is a mapping (YAML and TOML both parse plain text and lists too). */
function mapping(parse: () => unknown): Record<string, unknown> | undefined {
  try {
    const data = parse()
    return data && typeof data === 'object' && !Array.isArray(data) ? data as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}
