/**
 * The deck commands' options (`npm run deck` and `npm run dev` take the same): the usage text, parsing them with
 * one-line usage errors, and the one mapping from options to what the generator takes.
 */
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { colourHex } from '../colour.ts'
import { BATCH, DEFAULTS, LIMITS, THEME } from '../config.ts'
import { UsageError } from '../errors.ts'
import { DEFAULT_FORMATS, FORMAT_NAMES, FORMATS, type Format } from '../export/formats.ts'
import type { GenerateOptions } from '../generate.ts'
import type { Theme } from '../render/slides.ts'
import type { Lang } from '../types.ts'
import { PROJECT_ROOT } from './paths.ts'

const THEMES: Theme[] = ['light', 'dark']

/** The synopsis, then one line per option (what it does, its default), and one per format from the format table. */
export const USAGE = [
  'usage: npm run deck -- [ARTICLE.md] [options]   (npm run dev -- takes the same)',
  '       npm run deck -- ARTICLE.md|FOLDER|GLOB… --out-dir DIR [options]',
  `  ARTICLE.md            the Markdown article (default: ${DEFAULTS.article})`,
  "  --out DIR             write slides.md, dist/ and the exports into DIR (default: the project's slides.md, dist/, exports/)",
  `  --out-dir DIR         build every article (a folder means its .md files) into DIR/<name>/, with DIR/${BATCH.index} (default: one article)`,
  '  --shard K/N           with --out-dir, build only the K-th of N equal parts of the sorted articles (default: all)',
  `  --concurrency N       with --out-dir, decks built at once (default: ${BATCH.concurrency}, the cores)`,
  `  --formats LIST        what to make, from ${FORMAT_NAMES.join(',')} (default: ${DEFAULT_FORMATS.join(',')})`,
  ...FORMAT_NAMES.map(name => `      ${name.padEnd(16)}${FORMATS[name].file.padEnd(18)}${FORMATS[name].help}`),
  "  --lang auto|zh|en     the language of the deck's labels (default: auto, from the article's script)",
  "  --duration MINUTES    the presenter's countdown (default: from the article's length)",
  '  --slides N            how many slides in all (default: about one a minute of the talk)',
  `  --accent COLOR        the accent colour, #rgb, #rrggbb or a CSS colour name (default: ${THEME.accent})`,
  '  --theme light|dark    the slides\' colours (default: light)',
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

/** Several articles in one run: `--out-dir`. */
export interface BatchArgs {
  /** Article files, folders and globs as given. */
  inputs: string[]
  outDir: string
  shard?: Shard
  concurrency: number
}

/** The `index`-th (1-based) of `count` parts. */
export interface Shard {
  index: number
  count: number
}

export interface DeckOptions {
  article: string
  /** Set for a run over several articles; `article` and `out` are then per article. */
  batch?: BatchArgs
  /** Where outputs go; undefined means the project's own slides.md, dist/ and exports/. */
  out?: string
  /** The URL path the web deck is served under (a batch's `/<name>/dist/`); undefined is `/`. */
  base?: string
  formats: Format[]
  lang: Lang | 'auto'
  /** Talk length for the presenter's timer; undefined follows the article's length. */
  minutes?: number
  /** Slides in all; undefined follows the talk's length. */
  slides?: number
  accent?: string
  theme: Theme
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

export function parseDeckArgs(argv: string[]): DeckOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        formats: { type: 'string' },
        lang: { type: 'string', default: 'auto' },
        duration: { type: 'string' },
        slides: { type: 'string' },
        accent: { type: 'string' },
        theme: { type: 'string', default: 'light' },
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
  const outDir = values['out-dir']
  if (outDir === undefined) {
    if (positionals.length > 1) throw new UsageError(`${positionals.length} articles need --out-dir DIR (each gets DIR/<name>/)`)
    for (const flag of ['shard', 'concurrency'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --out-dir DIR`)
  } else {
    if (values.out !== undefined) throw new UsageError('--out and --out-dir do not go together: --out is one deck\'s folder, --out-dir holds one folder per article')
    if (positionals.length === 0) throw new UsageError('--out-dir needs the articles: files, folders or globs')
  }
  const lang = values.lang
  if (lang !== 'auto' && lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang takes auto, zh or en, not ${lang}`)
  const theme = values.theme as Theme
  if (!THEMES.includes(theme)) throw new UsageError(`--theme takes ${THEMES.join(' or ')}, not ${values.theme}`)
  if (values.accent !== undefined && colourHex(values.accent) === undefined) {
    throw new UsageError(`--accent takes a colour as #rgb, #rrggbb or a CSS colour name (teal, crimson), not ${values.accent}`)
  }
  return {
    article: positionals[0] ?? join(PROJECT_ROOT, DEFAULTS.article),
    batch: outDir === undefined ? undefined : {
      inputs: positionals,
      outDir,
      shard: values.shard === undefined ? undefined : parseShard(values.shard),
      concurrency: values.concurrency === undefined ? BATCH.concurrency : positiveInteger('--concurrency', values.concurrency),
    },
    out: values.out,
    formats: formatList(values.formats),
    lang,
    minutes: values.duration === undefined ? undefined : positiveInteger('--duration', values.duration),
    slides: values.slides === undefined ? undefined : positiveInteger('--slides', values.slides),
    accent: values.accent?.trim(),
    theme,
    public: values.public ?? false,
    fetchImages: values['fetch-images'] ?? false,
    force: values.force ?? false,
    check: !values['skip-check'],
    maxBytes: values['max-bytes'] === undefined ? LIMITS.maxBytes : positiveInteger('--max-bytes', values['max-bytes']),
    maxSlides: values['max-slides'] === undefined ? LIMITS.maxSlides : positiveInteger('--max-slides', values['max-slides']),
    debug: values.debug ?? false,
  }
}

function formatList(value: string | undefined): Format[] {
  if (value === undefined) return DEFAULT_FORMATS
  const formats = [...new Set(value.split(',').map(f => f.trim()).filter(Boolean))]
  if (formats.length === 0 || formats.some(f => !(FORMAT_NAMES as string[]).includes(f))) {
    throw new UsageError(`--formats takes a list of ${FORMAT_NAMES.join(', ')}, not ${value}`)
  }
  return formats as Format[]
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const [index, count] = [Number(match?.[1]), Number(match?.[2])]
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N (2/4 is the second of four parts), not ${value}`)
  return { index, count }
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} takes a positive whole number, not ${value}`)
  return number
}

/** The options as the generator takes them: the same for `npm run deck` and `npm run dev`. */
export function generateOptions(options: DeckOptions): GenerateOptions {
  return {
    lang: options.lang,
    minutes: options.minutes,
    slides: options.slides,
    fileName: basename(options.article),
    accent: options.accent,
    theme: options.theme,
    // A deck written outside the project finds its layouts and components here.
    addonRoot: options.out === undefined ? undefined : PROJECT_ROOT,
  }
}
