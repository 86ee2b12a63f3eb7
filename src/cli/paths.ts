/** Where a run reads and writes: the project's own slides.md, dist/ and exports/, or all of it in one folder (`--out DIR`). */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULTS } from '../config.ts'
import { FORMAT_NAMES, FORMATS, type Format } from '../export/formats.ts'

/** The nearest folder above this module with a package.json: the project, run from src/ or compiled into .cache/ (scripts/launch.mjs). */
export const PROJECT_ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)))

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`)
  }
}

export interface DeckPaths {
  slides: string
  /** The last good run's stamp (../build/stamp.ts). */
  stamp: string
  /** Each format's output, named by its row in the format table. */
  outputs: Record<Format, string>
}

export function deckPaths(out: string | undefined): DeckPaths {
  const root = out === undefined ? PROJECT_ROOT : resolve(out)
  const exports = out === undefined ? join(PROJECT_ROOT, DEFAULTS.exportsDir) : root
  const outputs = Object.fromEntries(FORMAT_NAMES.map(name => [name, join(FORMATS[name].place === 'deck' ? root : exports, FORMATS[name].file)]))
  return { slides: join(root, 'slides.md'), stamp: join(root, '.deck-stamp'), outputs: outputs as Record<Format, string> }
}

/** What a run with these formats leaves: slides.md and each format's output. */
export function outputsOf(paths: DeckPaths, formats: readonly Format[]): string[] {
  return [paths.slides, ...formats.map(format => paths.outputs[format])]
}
