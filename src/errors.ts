import { causeLine } from './build/tool-output.ts'

/** A failure the user can act on: the CLI prints its message as one `error:` line and exits 1. */
export class DeckError extends Error {
  /** @param output a failed tool's full output (stdout, then stderr), which `--debug` prints */
  constructor(message: string, readonly output?: string) {
    super(message)
  }
}

/**
 * The line of an error's message that the one `error:` line and wrapped errors show: the line naming the
 * cause when the message carries a tool's output (Playwright appends Chromium's), else the first line.
 */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return causeLine(text) ?? text.split('\n')[0]
}

/** Bad command-line usage: exit 2. */
export class UsageError extends Error {}
