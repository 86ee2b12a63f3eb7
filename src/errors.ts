/** A failure the user can act on: the CLI prints its message as one `error:` line and exits 1. */
export class DeckError extends Error {}

/** Bad command-line usage: exit 2. */
export class UsageError extends Error {}
