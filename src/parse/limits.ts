/** The parser's refusals: articles with nothing to show, and blocks too large for a deck. */
import { DeckError } from '../errors.ts'

export class ArticleError extends DeckError {}

/**
 * The longest text (paragraph, heading, cell, title) and code block accepted. No slide shows that much,
 * and the word, sentence and figure scans downstream slow down superlinearly on one huge string.
 */
const MAX_CHARS = { text: 20_000, code: 100_000 }

export function assertSize(length: number, kind: keyof typeof MAX_CHARS): void {
  if (length > MAX_CHARS[kind])
    throw new ArticleError(`a ${kind === 'code' ? 'code block' : 'paragraph'} of ${length} characters is too long for a deck (the limit is ${MAX_CHARS[kind]}); split it`)
}
