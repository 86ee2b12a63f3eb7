/** `npm run deck -- [ARTICLE.md] [--out DIR] [--formats web,pdf] [--lang auto|zh|en]`: the whole job. */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULTS, FORMATS, LIMITS, type Format } from '../config.ts'
import { DeckError, UsageError } from '../errors.ts'
import { generateDeck } from '../generate.ts'
import type { Lang } from '../types.ts'
import { findChromium } from '../build/chromium.ts'
import { Staging } from '../build/outputs.ts'
import { checkPdf } from '../build/pdf.ts'
import { slidevBuild, slidevExportPdf } from '../build/slidev.ts'
import { readArticle } from './input.ts'

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

const USAGE = 'usage: npm run deck -- [ARTICLE.md] [--out DIR] [--formats web,pdf] [--lang auto|zh|en] [--max-bytes N] [--debug]'

export interface DeckOptions {
  article: string
  /** Where outputs go; undefined means the project's own slides.md, dist/ and exports/. */
  out?: string
  formats: Format[]
  lang: Lang | 'auto'
  maxBytes: number
  debug: boolean
}

export interface DeckPaths {
  slides: string
  dist: string
  pdf: string
}

export function parseDeckArgs(argv: string[]): DeckOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        formats: { type: 'string' },
        lang: { type: 'string', default: 'auto' },
        'max-bytes': { type: 'string' },
        debug: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) throw new UsageError(`one article at a time, got ${positionals.length}`)
  const lang = values.lang
  if (lang !== 'auto' && lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang takes auto, zh or en, not ${lang}`)
  const formats = (values.formats ?? DEFAULTS.formats.join(',')).split(',').map(f => f.trim()).filter(Boolean)
  const unknown = formats.filter(f => !(FORMATS as readonly string[]).includes(f))
  if (unknown.length > 0 || formats.length === 0) throw new UsageError(`--formats takes a list of ${FORMATS.join(', ')}, not ${values.formats}`)
  const maxBytes = values['max-bytes'] === undefined ? LIMITS.maxBytes : Number(values['max-bytes'])
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive whole number, not ${values['max-bytes']}`)
  return {
    article: positionals[0] ?? join(PROJECT_ROOT, DEFAULTS.article),
    out: values.out,
    formats: formats as Format[],
    lang,
    maxBytes,
    debug: values.debug ?? false,
  }
}

export function deckPaths(out: string | undefined): DeckPaths {
  if (out === undefined) {
    return { slides: join(PROJECT_ROOT, 'slides.md'), dist: join(PROJECT_ROOT, 'dist'), pdf: join(PROJECT_ROOT, DEFAULTS.exportsDir, DEFAULTS.pdfName) }
  }
  const dir = resolve(out)
  return { slides: join(dir, 'slides.md'), dist: join(dir, 'dist'), pdf: join(dir, DEFAULTS.pdfName) }
}

function progress(message: string): void {
  process.stderr.write(`deck: ${message}\n`)
}

export async function runDeck(options: DeckOptions): Promise<DeckPaths> {
  const started = performance.now()
  const source = await readArticle(options.article, options.maxBytes)
  const paths = deckPaths(options.out)
  const { plan, markdown } = generateDeck(source, {
    lang: options.lang,
    addonRoot: options.out === undefined ? undefined : PROJECT_ROOT,
  })
  progress(`${plan.slides.length} slides planned from ${options.article}`)
  const chromium = options.formats.includes('pdf') ? findChromium() : undefined

  const staging = new Staging()
  try {
    const entry = await staging.writeFile(paths.slides, markdown)
    const work: Promise<unknown>[] = []
    if (options.formats.includes('web')) {
      progress('building the web deck (slidev build)…')
      work.push(staging.path(paths.dist).then(dist => slidevBuild(entry, dist)))
    }
    if (chromium) {
      progress(`exporting the PDF with ${chromium} (slidev export)…`)
      work.push(staging.path(paths.pdf).then(async pdf => {
        await slidevExportPdf(entry, pdf, chromium)
        await checkPdf(pdf, plan.slides.length)
      }))
    }
    await Promise.all(work)
    await staging.commit()
  } catch (error) {
    await staging.discard()
    throw error
  }
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${[paths.slides, options.formats.includes('web') ? paths.dist : '', chromium ? paths.pdf : ''].filter(Boolean).join(', ')}`)
  return paths
}

/** Runs a command's body and turns failures into one `error:` line and the exit code. */
export async function cliMain(body: (debug: boolean) => Promise<void>, argv = process.argv.slice(2)): Promise<never> {
  const debug = argv.includes('--debug')
  try {
    await body(debug)
    process.exit(0)
  } catch (error) {
    if (debug) console.error(error)
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n${USAGE}\n`)
      process.exit(2)
    }
    const message = error instanceof DeckError ? error.message : `unexpected failure: ${(error as Error)?.message ?? error} (run again with --debug for details)`
    process.stderr.write(`error: ${message.split('\n')[0]}\n`)
    process.exit(1)
  }
}
