/**
 * `npm run deck -- a.md b.md … --out-dir DIR`: every article (files, folders of .md files, globs) into DIR/<name>/,
 * as many at once as `--concurrency`, sharing one Chromium and warm Slidev build workers. One article's failure is
 * reported and the others still build; the run ends with a table of every article and DIR/index.html linking the
 * decks, and exits 1 if any failed. `--shard K/N` takes the K-th of N parts of the sorted list, so that CI jobs can
 * split the work.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { glob, isDynamicPattern } from 'tinyglobby'
import { BATCH } from '../config.ts'
import { DeckError, UsageError, firstLine } from '../errors.ts'
import { escapeHtml } from '../escape.ts'
import { interrupted } from '../build/interrupt.ts'
import { writeFileAtomic } from '../build/outputs.ts'
import { BuilderPool } from '../build/slidev.ts'
import { FORMATS, type Format } from '../export/formats.ts'
import type { DeckOptions, Shard } from './args.ts'
import { progress, seconds } from './progress.ts'
import { runDeck, type DeckResult, type Reporter } from './run.ts'

export interface BatchItem {
  article: string
  /** The deck's folder in DIR, and its URL path. */
  name: string
}

export interface Row extends BatchItem {
  result?: DeckResult
  error?: string
  seconds: number
}

export async function runBatch(options: DeckOptions): Promise<void> {
  const batch = options.batch!
  const articles = await expandArticles(batch.inputs)
  const items = shardOf(withNames(articles), batch.shard)
  const outDir = resolve(batch.outDir)
  if (items.length === 0) {
    progress(`shard ${batch.shard!.index}/${batch.shard!.count} of ${articles.length} articles is empty; nothing to do`)
    return
  }
  const lanes = Math.min(batch.concurrency, items.length)
  // Both made when the first deck needs them: a run whose decks are all unchanged starts neither.
  let builders: BuilderPool | undefined
  let browser: Promise<Browser> | undefined
  const shared = {
    builders: () => builders ??= new BuilderPool(Math.ceil(lanes / BATCH.decksPerBuilder)),
    browser: () => browser ??= import('../export/chromium.ts').then(({ findChromium, launchChromium }) => launchChromium(findChromium())),
  }
  const status = new BatchStatus(items.length)
  const queue = [...items]
  const rows: Row[] = []
  const lane = async () => {
    for (let item = queue.shift(); item && !interrupted(); item = queue.shift()) {
      const started = performance.now()
      const report = status.start(item)
      const row: Row = { ...item, seconds: 0 }
      try {
        row.result = await runDeck({ ...options, batch: undefined, article: item.article, out: join(outDir, item.name), base: webBase(item.name) }, { ...shared, report })
      } catch (error) {
        if (interrupted()) throw error
        row.error = error instanceof DeckError ? firstLine(error) : `unexpected failure: ${firstLine(error)}`
        if (options.debug) process.stderr.write(`${error instanceof DeckError ? error.output ?? '' : (error as Error).stack}\n`)
      }
      row.seconds = (performance.now() - started) / 1000
      status.finish(item, row.error)
      rows.push(row)
    }
  }
  try {
    await Promise.all(Array.from({ length: lanes }, lane))
  } finally {
    status.end()
    builders?.close()
    await browser?.then(b => b.close(), () => {})
  }
  if (interrupted()) throw new DeckError('interrupted')
  const order = new Map(items.map((item, i) => [item.article, i]))
  rows.sort((a, b) => order.get(a.article)! - order.get(b.article)!)
  process.stdout.write(summaryTable(rows))
  const decks = rows.filter(row => row.result)
  await writeFileAtomic(join(outDir, BATCH.index), indexHtml(decks.map(row => ({ ...row, ...row.result! })), options.formats))
  progress(`${decks.length} of ${rows.length} decks in ${outDir}, listed in ${join(outDir, BATCH.index)} (${seconds(status.started)})`)
  const failed = rows.length - decks.length
  if (failed > 0) throw new DeckError(`${failed} of ${rows.length} articles failed (table above); fix them and run again: the built decks are skipped as unchanged`)
}

/**
 * The articles named by files, folders (their .md files) and globs, each once, sorted by path so that every
 * machine splits the list alike. A named file is kept even if it cannot be read: its deck fails with the reason.
 */
export async function expandArticles(inputs: string[]): Promise<string[]> {
  const found = new Set<string>()
  for (const input of inputs) {
    const isFolder = existsSync(input) && statSync(input).isDirectory()
    if (!isFolder && (existsSync(input) || !isDynamicPattern(input))) {
      found.add(input)
      continue
    }
    const matches = await glob(isFolder ? '*.md' : input, { cwd: isFolder ? input : undefined, onlyFiles: true, expandDirectories: false })
    if (matches.length === 0) throw new UsageError(isFolder ? `${input} has no .md files` : `no file matches ${input}`)
    for (const match of matches) found.add(isFolder ? join(input, match) : match)
  }
  const byPath = new Map([...found].map(path => [resolve(path), path]))
  return [...byPath.values()].sort((a, b) => compare(relative('', resolve(a)), relative('', resolve(b))))
}

/** The `shard.index`-th of `shard.count` consecutive parts, their sizes differing by at most one. */
export function shardOf<T>(items: T[], shard: Shard | undefined): T[] {
  if (!shard) return items
  const size = items.length / shard.count
  return items.slice(Math.round((shard.index - 1) * size), Math.round(shard.index * size))
}

/**
 * Each article's deck folder name: its file name without `.md`, letters, digits, `.`, `_` and `-` kept. Names
 * that clash take the nearest parent folders that tell them apart in front (`one-index`, `two-index`); when the
 * folders are the same too, the later ones are numbered. Given the whole sorted list, before sharding, so every
 * shard names a deck alike.
 */
export function withNames(articles: string[]): BatchItem[] {
  const folders = articles.map(article => dirname(resolve(article)).split(/[\\/]/).filter(Boolean).map(slug))
  const names = articles.map(article => slug(basename(article).replace(/\.md$/i, '')) || 'deck')
  // Each round settles every clash; a new name can clash again only with a name that was already unique.
  for (let round = 0; round <= articles.length; round++) {
    const groups = clashes(names)
    if (groups.length === 0) break
    for (const group of groups) {
      const deepest = Math.max(...group.map(i => folders[i].length))
      const depth = Array.from({ length: deepest }, (_, d) => d + 1)
        .find(d => new Set(group.map(i => folders[i].slice(-d).join('-').toLowerCase())).size === group.length)
      for (const [n, i] of group.entries()) {
        if (depth) names[i] = `${folders[i].slice(-depth).join('-')}-${names[i]}`
        else if (n > 0) names[i] = `${names[i]}-${n + 1}`
      }
    }
  }
  return articles.map((article, i) => ({ article, name: names[i] }))
}

/** Indices of names that are the same but for case (folders on some disks ignore case), grouped. */
function clashes(names: string[]): number[][] {
  const groups = new Map<string, number[]>()
  names.forEach((name, i) => groups.set(name.toLowerCase(), [...groups.get(name.toLowerCase()) ?? [], i]))
  return [...groups.values()].filter(group => group.length > 1)
}

/** A file or folder name as a folder name and URL segment: letters, digits, `.`, `_`, `-`; no leading dot. */
function slug(segment: string): string {
  return segment.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|-+$/g, '')
}

/** Where a deck's web build is served from in DIR: DIR can be published as it is. */
function webBase(name: string): string {
  return `/${encodeURIComponent(name)}/dist/`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** One line per article: its slides and how it went (the one-line error when it failed). */
export function summaryTable(rows: Row[]): string {
  const width = Math.max('article'.length, ...rows.map(row => row.article.length))
  const lines = rows.map(row => {
    const slides = String(row.result?.slides ?? '–').padStart(6)
    const status = row.error ? `failed: ${row.error}` : `${row.result!.unchanged ? 'unchanged' : 'built'} in ${row.seconds.toFixed(1)} s → ${dirname(row.result!.paths.slides)}`
    return `${row.article.padEnd(width)}  ${slides}  ${status}`
  })
  return `${['article'.padEnd(width), 'slides', 'result'].join('  ')}\n${lines.join('\n')}\n`
}

/** DIR/index.html: every deck's title and slide count, linking its web deck and whichever PDFs were made. */
export function indexHtml(decks: (BatchItem & { title: string, slides: number })[], formats: readonly Format[]): string {
  const links = (name: string) => (['web', 'pdf', 'handout'] as const).filter(format => formats.includes(format)).map(format => {
    const href = `${encodeURIComponent(name)}/${FORMATS[format].file}${format === 'web' ? '/' : ''}`
    return `<a href="${escapeHtml(href)}">${{ web: 'slides', pdf: 'PDF', handout: 'handout' }[format]}</a>`
  }).join(' · ')
  const items = decks.map(deck => `  <li><strong>${escapeHtml(deck.title)}</strong> <span>${deck.slides} slides</span> ${links(deck.name)}</li>`)
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Decks</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}span{color:#4a5561}</style>
<h1>Decks</h1>
<ul>
${items.join('\n')}
</ul>
`
}

/**
 * The batch's progress: on a terminal one line, redrawn, with a bar, what each deck in flight is doing, the
 * elapsed time and what is left; otherwise a `deck:` line as each article starts and ends. Warnings and waits
 * are lines of their own, naming the article.
 */
class BatchStatus {
  readonly started = performance.now()
  private readonly doing = new Map<string, string>()
  private done = 0
  private failed = 0
  private readonly live = process.stderr.isTTY === true
  /** On a terminal the line is redrawn every second too, so the elapsed time moves during a long build. */
  private readonly ticker = this.live ? setInterval(() => this.draw(), 1000) : undefined

  constructor(private readonly total: number) {}

  start(item: BatchItem): Reporter {
    this.doing.set(item.article, 'planning')
    if (!this.live) progress(`${item.article}: started (${this.counts()})`)
    this.draw()
    return {
      step: message => {
        this.doing.set(item.article, message)
        if (message.startsWith('waiting')) this.line(`deck: ${item.article}: ${message}`)
        this.draw()
      },
      warn: message => this.line(`warning: ${item.article}: ${message}`),
      detail: text => this.line(text.trimEnd().split('\n').map(line => `${item.article}: ${line}`).join('\n')),
    }
  }

  finish(item: BatchItem, error: string | undefined): void {
    // The deck's closing step says how long each part took (`done in 6.1 s (build 2.9 s, …)`), or that nothing changed.
    const last = this.doing.get(item.article)?.split(' → ')[0].replace(/; outputs kept:.*/, '')
    this.doing.delete(item.article)
    this.done++
    if (error) this.failed++
    if (!this.live) progress(`${item.article}: ${error ? `failed: ${error}` : last ?? 'done'} (${this.counts()})`)
    else if (error) this.line(`deck: ${item.article}: failed: ${error}`)
    this.draw()
  }

  end(): void {
    clearInterval(this.ticker)
    if (this.live) process.stderr.write('\r\x1b[K')
  }

  private counts(): string {
    const left = this.total - this.done - this.doing.size
    return `${this.done}/${this.total} done${this.failed ? `, ${this.failed} failed` : ''}, ${left} left, ${seconds(this.started)}`
  }

  private line(text: string): void {
    process.stderr.write(`${this.live ? '\r\x1b[K' : ''}${text}\n`)
    this.draw()
  }

  private draw(): void {
    if (!this.live) return
    const filled = Math.round(this.done / this.total * 20)
    const current = [...this.doing].map(([article, step]) => `${basename(article)}: ${step}`).join(' | ')
    const text = `deck: [${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${this.counts()} | ${current}`
    process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns || 120) - 1)}`)
  }
}
