/**
 * The line of a failing tool's output that says what went wrong, for the one `error:` line. Slidev, Vite,
 * Rolldown, PostCSS, lightningcss and Playwright print progress, timings, stack frames and object dumps
 * around it; the cause is the first line that names an error.
 */

/** Lines that name an error; the first group is what to quote. */
const CAUSES = [
  // Chromium's own stderr as Playwright relays it; its routine INFO/WARNING/ERROR logging (D-Bus, GPU) is not a cause.
  /^\[pid=\d+\]\[err\] (?!\[[\d/.:]+:(?:INFO|WARNING|ERROR|VERBOSE\d*):)(.+)/,
  // `SyntaxError: …`, `CssSyntaxError: …`, `RolldownError: …`, `Error: [vite]: …`
  /^(\w*Error\b.*)/,
  // esbuild
  /^✘ \[ERROR\] (.+)/,
]

/** Rolldown names the failing plugin and file on the line before the error. */
const PLUGIN_LOCATION = /^\[plugin [^\]]+\] (\S+)$/

/** Stack frames, the tail of a dumped error object, Node's and npm's warnings: never a cause. */
const NOISE = /^(at |[{}\]]|\w+: \[(Getter|Setter)|\(node:\d+\) |npm warn )/

/** The first line of `text` that names an error, with the file Rolldown blamed when the line itself does not name it. */
export function causeLine(text: string): string | undefined {
  const lines = meaningfulLines(text)
  for (const [i, line] of lines.entries()) {
    const cause = CAUSES.map(pattern => pattern.exec(line)?.[1]).find(Boolean)
    if (!cause) continue
    const location = PLUGIN_LOCATION.exec(lines[i - 1] ?? '')?.[1]
    const file = location?.replace(/(:\d+)+$/, '')
    return location && file && !cause.includes(file) ? `${cause} (in ${location})` : cause
  }
  return undefined
}

/**
 * What to quote from a failed child: an error line from stderr, then from stdout; failing that, the first
 * line on stderr, or the last progress line on stdout (where the tool stopped).
 */
export function toolCause(stderr: string, stdout: string): string | undefined {
  return causeLine(stderr) ?? causeLine(stdout) ?? meaningfulLines(stderr)[0] ?? meaningfulLines(stdout).at(-1)
}

function meaningfulLines(text: string): string[] {
  return stripAnsi(text).split('\n').map(line => line.trim()).filter(line => line !== '' && !NOISE.test(line))
}

function stripAnsi(text: string): string {
  return text.replace(/\u001B\[[0-9;]*[A-Za-z]/g, '')
}
