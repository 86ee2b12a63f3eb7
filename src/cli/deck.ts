/** `npm run deck -- [ARTICLE.md] [--out DIR] [--formats …] [--lang …] [--duration MIN] [--public]`: the whole job. */
import { existsSync, readFileSync } from 'node:fs'
import { constants } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { collectImages, copiesFolder, copyFile, imageMap, pruneCopies, writeImages, type DeckImage } from '../assets/copy.ts'
import { articleImages } from '../assets/images.ts'
import { DEFAULTS, FORMATS, IMAGES, LIMITS, type Format } from '../config.ts'
import { DeckError, UsageError, firstLine } from '../errors.ts'
import { generateDeck } from '../generate.ts'
import { parseArticle } from '../parse/article.ts'
import type { Lang } from '../types.ts'
import { findChromium, launchChromium } from '../build/chromium.ts'
import { formatOverflowReport, overflowingSlides } from '../check/overflow.ts'
import { openExportedDeck, type ExportedDeck } from '../build/exported-deck.ts'
import { interrupt, interrupted } from '../build/interrupt.ts'
import { Staging } from '../build/outputs.ts'
import { buildStamp, readStamp } from '../build/stamp.ts'
import { checkPdf } from '../build/pdf.ts'
import { slidevBuild, slidevExport } from '../build/slidev.ts'
import { readArticle } from './input.ts'

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The synopsis, then one line per option: what it does and its default. `npm run dev` takes the same. */
export const USAGE = [
  'usage: npm run deck -- [ARTICLE.md] [options]   (npm run dev -- takes the same)',
  `  ARTICLE.md            the Markdown article (default: ${DEFAULTS.article})`,
  "  --out DIR             write slides.md, dist/ and the exports into DIR (default: the project's slides.md, dist/, exports/)",
  `  --formats LIST        what to make, from ${FORMATS.join(',')} (default: ${DEFAULTS.formats.join(',')})`,
  "  --lang auto|zh|en     the language of the deck's labels (default: auto, from the article's script)",
  "  --duration MINUTES    the presenter's countdown (default: from the article's length)",
  '  --public              build the web deck without speaker notes (default: with notes)',
  "  --fetch-images        download the article's http(s) images into the deck (default: off; their addresses go to the notes)",
  '  --force               rebuild even when nothing changed since the last run (default: skip the run)',
  '  --skip-check          do not measure every slide for overflow in Chromium (default: measure)',
  `  --max-bytes N         refuse a larger article (default: ${LIMITS.maxBytes})`,
  `  --max-slides N        refuse an article that makes more slides (default: ${LIMITS.maxSlides})`,
  "  --debug               on failure, print the failed tool's full output (default: off)",
  '  -h, --help            print this help and exit',
  '  --version             print the version and exit',
].join('\n')

export interface DeckOptions {
  article: string
  /** Where outputs go; undefined means the project's own slides.md, dist/ and exports/. */
  out?: string
  formats: Format[]
  lang: Lang | 'auto'
  /** Talk length for the presenter's timer; undefined follows the article's length. */
  minutes?: number
  /** Build the web deck without speaker notes, for publishing. */
  public: boolean
  /** Download the article's http(s) images into the deck; without it no request is made. */
  fetchImages: boolean
  /** Rebuild even when nothing changed since the last good run. */
  force: boolean
  /** Measure every slide in Chromium and fail on overflow. */
  check: boolean
  maxBytes: number
  maxSlides: number
  debug: boolean
}

export type DeckPaths = { slides: string, dist: string, stamp: string } & { [K in keyof typeof DEFAULTS.files]: string }

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
        duration: { type: 'string' },
        public: { type: 'boolean', default: false },
        'fetch-images': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'skip-check': { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        'max-slides': { type: 'string' },
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
  return {
    article: positionals[0] ?? join(PROJECT_ROOT, DEFAULTS.article),
    out: values.out,
    formats: formats as Format[],
    lang,
    minutes: values.duration === undefined ? undefined : positiveInteger('--duration', values.duration),
    public: values.public ?? false,
    fetchImages: values['fetch-images'] ?? false,
    force: values.force ?? false,
    check: !values['skip-check'],
    maxBytes: values['max-bytes'] === undefined ? LIMITS.maxBytes : positiveInteger('--max-bytes', values['max-bytes']),
    maxSlides: values['max-slides'] === undefined ? LIMITS.maxSlides : positiveInteger('--max-slides', values['max-slides']),
    debug: values.debug ?? false,
  }
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} takes a positive whole number, not ${value}`)
  return number
}

export function deckPaths(out: string | undefined): DeckPaths {
  const root = out === undefined ? PROJECT_ROOT : resolve(out)
  const exports = out === undefined ? join(PROJECT_ROOT, DEFAULTS.exportsDir) : root
  const { pdf, handout, png, pptx } = DEFAULTS.files
  return {
    slides: join(root, 'slides.md'),
    dist: join(root, 'dist'),
    stamp: join(root, '.deck-stamp'),
    pdf: join(exports, pdf),
    handout: join(exports, handout),
    png: join(exports, png),
    pptx: join(exports, pptx),
  }
}

export function progress(message: string): void {
  process.stderr.write(`deck: ${message}\n`)
}

/** Step times of one run, for the closing progress line. */
class StepTimer {
  private readonly steps: string[] = []

  async time<T>(label: string, message: string, body: () => Promise<T>): Promise<T> {
    progress(message)
    const started = performance.now()
    const result = await body()
    this.steps.push(`${label} ${seconds(started)}`)
    return result
  }

  toString(): string {
    return this.steps.join(', ')
  }
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}

export async function runDeck(options: DeckOptions): Promise<DeckPaths> {
  const started = performance.now()
  const source = await readArticle(options.article, options.maxBytes)
  const paths = deckPaths(options.out)
  const images = await articleCopies(source, options)
  const { plan, markdown } = generateDeck(source, {
    lang: options.lang,
    minutes: options.minutes,
    addonRoot: options.out === undefined ? undefined : PROJECT_ROOT,
    images: imageMap(images),
  })
  const deckRoot = dirname(paths.slides)
  const pictures = plan.slides.flatMap(slide => slide.kind === 'image' ? [slide.picture] : [])
  const copies = images.filter(image => pictures.includes(image.deckPath))
  if (plan.slides.length > options.maxSlides) {
    throw new DeckError(`the article makes ${plan.slides.length} slides, over the limit of ${options.maxSlides}; split it into several articles or raise --max-slides`)
  }
  progress(`${plan.slides.length} slides planned from ${options.article}`)
  const stamp = await buildStamp(PROJECT_ROOT, markdown, { formats: [...options.formats].sort(), public: options.public })
  const kept = [...outputsOf(paths, options), ...pictures.map(picture => copyFile(deckRoot, picture))]
  if (!options.force && await readStamp(paths.stamp) === stamp && kept.every(p => existsSync(p))) {
    progress(`nothing changed since the last run (article, options and code are the same); outputs kept: ${outputsOf(paths, options).join(', ')} (--force rebuilds)`)
    return paths
  }
  const wants = (format: Format) => options.formats.includes(format)
  const printed = wants('pdf') || wants('handout')
  const chromium = printed || options.check || wants('png') || wants('pptx') ? findChromium() : undefined

  const staging = new Staging()
  const timer = new StepTimer()
  const browserSteps = chromium && (options.check || printed) && (wants('web') || printed)
  // Chromium starts while Slidev builds: the launch hides in the build's waits.
  const launching = browserSteps ? launchChromium(chromium) : undefined
  launching?.catch(() => {}) // awaited after the build; this only keeps an early failure from being unhandled
  try {
    const entry = await staging.writeFile(paths.slides, markdown)
    await writeImages(copies, deckRoot, staging)
    if (wants('web') || printed) {
      // The PDFs are printed from this build; when the web deck itself was not asked for, it is thrown away.
      const dist = wants('web') ? await staging.path(paths.dist) : await staging.scratch(paths.dist)
      await timer.time('build', `building the web deck${options.public ? ' without notes' : ''} (slidev build)…`, () =>
        slidevBuild(entry, dist, { withoutNotes: options.public }))
      // Slidev copies all of public/ into the build: earlier runs' images are not published.
      await pruneCopies(join(dist, IMAGES.folder), pictures)
      if (launching) {
        const deckPdf = wants('pdf') ? await staging.path(paths.pdf) : undefined
        const handoutPdf = wants('handout') ? await staging.path(paths.handout) : undefined
        // One page load for both steps; the first step waits for it, so its time counts there.
        const opening = openExportedDeck({ distDir: dist, browser: await launching, expectedSlides: plan.slides.length })
        try {
          if (options.check) await timer.time('check', 'checking that every slide fits (Chromium)…', async () => checkFits(await opening))
          if (printed) {
            await timer.time('print', `printing ${[deckPdf ? 'the deck PDF' : '', handoutPdf ? 'the handout' : ''].filter(Boolean).join(' and ')}…`, async () => {
              const deck = await opening
              await Promise.all([deckPdf && deck.printDeck(deckPdf, plan), handoutPdf && deck.printHandout(handoutPdf, plan)])
              if (deckPdf) await checkPdf(deckPdf, plan.slides.length)
            })
          }
        } finally {
          await opening.then(deck => deck.close(), () => {})
        }
      }
    }
    for (const format of ['png', 'pptx'] as const) {
      if (!wants(format) || !chromium) continue
      const output = await staging.path(paths[format])
      await timer.time(format, `exporting ${format} (slidev export)…`, () => slidevExport(entry, format, output, chromium))
    }
    await staging.writeFile(paths.stamp, stamp)
    await staging.commit()
    await pruneCopies(copiesFolder(deckRoot), pictures)
  } catch (error) {
    await staging.discard()
    throw error
  } finally {
    await launching?.then(browser => browser.close(), () => {})
  }
  progress(`done in ${seconds(started)} (${timer}) → ${outputsOf(paths, options).join(', ')}`)
  return paths
}

/** The article's images the deck can carry (files next to it; downloads with --fetch-images); a warning line for each one skipped. */
async function articleCopies(source: string, options: DeckOptions): Promise<DeckImage[]> {
  const { images, warnings } = await collectImages(articleImages(parseArticle(source)), { articleDir: dirname(resolve(options.article)), fetch: options.fetchImages })
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`)
  return images
}

/** Every slide measured in Chromium: a deck whose text runs off a slide is not a good output. */
async function checkFits(deck: ExportedDeck): Promise<void> {
  const report = await deck.checkOverflow()
  const overflowing = overflowingSlides(report)
  if (overflowing.length === 0) return
  process.stderr.write(`${formatOverflowReport(report)}\n`)
  throw new DeckError(`slides ${overflowing.join(', ')} overflow (report above); please report the article that caused it, or use --skip-check`)
}

function outputsOf(paths: DeckPaths, options: DeckOptions): string[] {
  const byFormat: Record<Format, string> = { web: paths.dist, pdf: paths.pdf, handout: paths.handout, png: paths.png, pptx: paths.pptx }
  return [paths.slides, ...options.formats.map(f => byFormat[f])]
}

/**
 * Runs a command's body and turns failures into one `error:` line and the exit code (2 and the usage for bad
 * usage). `--help` and `--version` answer at once. SIGINT and SIGTERM stop the run's children and wait for it to
 * discard what it staged (../build/interrupt.ts), then exit 128 + the signal's number; a second signal exits at once.
 */
export async function cliMain(usage: string, body: () => Promise<void>, argv = process.argv.slice(2)): Promise<never> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  if (argv.includes('--version')) {
    process.stdout.write(`${JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`)
    process.exit(0)
  }
  const debug = argv.includes('--debug')
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted() || !interrupt(signal)) exitInterrupted(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    await body()
  } catch (error) {
    const signal = interrupted()
    if (signal) exitInterrupted(signal)
    if (debug) {
      // A failed tool's own words, whole; anything else with its stack.
      if (error instanceof DeckError && error.output !== undefined) process.stderr.write(error.output)
      else console.error(error)
    }
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n${usage.split('\n')[0]}\n(--help lists the options)\n`)
      process.exit(2)
    }
    const message = error instanceof DeckError ? firstLine(error) : `unexpected failure: ${firstLine(error)} (run again with --debug for details)`
    process.stderr.write(`error: ${message}\n`)
    process.exit(1)
  }
  const signal = interrupted()
  if (signal) exitInterrupted(signal)
  process.exit(0)
}

function exitInterrupted(signal: NodeJS.Signals): never {
  process.stderr.write('error: interrupted\n')
  process.exit(128 + constants.signals[signal])
}
