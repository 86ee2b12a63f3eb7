/** Slidev's CLI, run as a child process from the project so the pinned 52.x is the one used. */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { run } from './run.ts'

const require = createRequire(import.meta.url)
/** The pinned Slidev CLI's entry point: run with this Node, not whatever `slidev` is on the PATH. */
export const SLIDEV_BIN = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

export function slidevBuild(entry: string, outDir: string, options: { withoutNotes: boolean }): Promise<unknown> {
  const args = [SLIDEV_BIN, 'build', entry, '--out', outDir]
  if (options.withoutNotes) args.push('--without-notes')
  return run(process.execPath, args, { cwd: dirname(entry), what: 'slidev build' })
}

/** PNG and PPTX come from Slidev's own exporter (its dev server), printed with our Chromium. */
export function slidevExport(entry: string, format: 'png' | 'pptx', output: string, chromium: string): Promise<unknown> {
  return run(process.execPath, [SLIDEV_BIN, 'export', entry, '--format', format, '--output', output, '--executable-path', chromium, '--timeout', '120000'], {
    cwd: dirname(entry),
    what: `slidev export --format ${format}`,
  })
}
