/** A failure the user can act on: the CLI prints its message as one `error:` line and exits 1. */
export class DeckError extends Error {}

/** The first line of an error's message: what the one `error:` line and wrapped errors show. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]
}

/** Bad command-line usage: exit 2. */
export class UsageError extends Error {}
