/**
 * `npm run bench [-- --runs N --sizes 10k,100k,1m,10m --only SECTIONS --skip-e2e]`: prints tables and writes
 * bench/results.json. Sections (all by default; `--skip-e2e` keeps only the first):
 * - generator: parse → figures → plan → render (as generateDeck) against markdown-it's parse alone, on the built-in
 *   article repeated to each size.
 * - e2e: alternating runs of our deck command (web + pdf + handout) against plain `slidev build` then `slidev
 *   export` on the same slides.md, with the peak memory of each whole process tree.
 * - build: the same slides.md built by `slidev build` (a new Node each time) and by our warm build worker.
 * - marp: our web + PDF against Marp CLI's HTML + PDF of the same slides' text (Marp installed into .cache/marp,
 *   outside the project's dependencies; the row is skipped with the reason when it cannot be installed).
 * - unchanged: a run whose article, options and code did not change (target < 1 s).
 * - dev: `npm run dev` with the deck open in Chromium: from saving an edit of the article to the new text on
 *   screen (target < 1 s).
 * - batch: the corpus (tests/corpus/corpus.json) one by one (a command per article) against one `--out-dir` run: decks per minute and
 *   the batch's peak memory.
 * - baseline (with `--baseline REV`): this tree's deck command against the one of an earlier commit (its files from
 *   `git archive`, run as its package.json's `deck` script, with this tree's node_modules): a full run, an unchanged
 *   run and `--version`, alternating.
 * Every command runs as `npm run deck` runs it (node scripts/launch.mjs), without npm's own start.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import MarkdownIt from 'markdown-it'
import { findChromium, launchChromium } from '../src/export/chromium.ts'
import { openExportedDeck } from '../src/export/exported-deck.ts'
import { buildWorkerPids } from '../src/build/build-server.ts'
import { SLIDEV_BIN, SlidevBuilder } from '../src/build/slidev.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { DEFAULTS } from '../src/config.ts'
import { generateDeck, runStages } from '../src/generate.ts'

const SECTIONS = ['generator', 'e2e', 'build', 'marp', 'unchanged', 'dev', 'batch', 'baseline'] as const
type Section = typeof SECTIONS[number]

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10k,100k,1m,10m' },
    only: { type: 'string', default: SECTIONS.join(',') },
    baseline: { type: 'string' },
    'skip-e2e': { type: 'boolean', default: false },
  },
})
const RUNS = Math.max(1, Number(values.runs))
const SIZES = values.sizes.split(',').map(parseSize)
const ONLY = new Set(values['skip-e2e'] ? ['generator'] : values.only.split(','))
for (const section of ONLY) if (!(SECTIONS as readonly string[]).includes(section)) throw new Error(`--only takes ${SECTIONS.join(',')}, not ${section}`)
const wanted = (section: Section) => ONLY.has(section) && (section !== 'baseline' || values.baseline !== undefined)

/** The deck command as `npm run deck` runs it. */
const LAUNCH = join(PROJECT_ROOT, 'scripts', 'launch.mjs')
const deck = (...args: string[]): [string, string[]] => [process.execPath, [LAUNCH, 'deck', ...args]]
const ARTICLE = join(PROJECT_ROOT, DEFAULTS.article)
/** Marp CLI, pinned, installed beside the project for the comparison only. */
const MARP_CLI = '@marp-team/marp-cli@4.5.1'
const MARP_DIR = join(PROJECT_ROOT, '.cache', 'marp')

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim())
  if (!match) throw new Error(`bad size ${text}`)
  return Number(match[1]) * ({ '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase() as '' | 'k' | 'm'])
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function timeMs(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/** The built-in article repeated (whole copies, then cut at a paragraph) to about `bytes` bytes of UTF-8. */
function articleOfSize(base: string, bytes: number): string {
  const unit = Buffer.byteLength(base)
  const copies = Math.max(1, Math.round(bytes / unit))
  return Array.from({ length: copies }, () => base).join('\n\n')
}

const markdown = new MarkdownIt({ html: false })
const base = readFileSync(join(PROJECT_ROOT, DEFAULTS.article), 'utf8')

interface GeneratorRow { size: string, bytes: number, slides: number, markdownItMs: number, generatorMs: number, checkedMs: number, ratio: number, growth?: number }

function benchGenerator(): GeneratorRow[] {
  const rows: GeneratorRow[] = []
  for (const target of SIZES) {
    const article = articleOfSize(base, target)
    runStages(article) // warm-up: JIT and Intl segmenters
    const runs = target >= 5e6 ? Math.min(RUNS, 3) : Math.max(RUNS, 5)
    const parseTimes: number[] = []
    const generatorTimes: number[] = []
    const checkedTimes: number[] = []
    let slides = 0
    for (let i = 0; i < runs; i++) {
      parseTimes.push(timeMs(() => markdown.parse(article, {})))
      generatorTimes.push(timeMs(() => { slides = runStages(article).plan.slides.length }))
      checkedTimes.push(timeMs(() => generateDeck(article)))
    }
    const row: GeneratorRow = {
      size: values.sizes.split(',')[rows.length],
      bytes: Buffer.byteLength(article),
      slides,
      markdownItMs: median(parseTimes),
      generatorMs: median(generatorTimes),
      checkedMs: median(checkedTimes),
      ratio: median(generatorTimes) / median(parseTimes),
    }
    const previous = rows.at(-1)
    if (previous) row.growth = row.generatorMs / previous.generatorMs / (row.bytes / previous.bytes) * 10
    rows.push(row)
  }
  return rows
}

interface Measured { seconds: number, peakMb: number, code: number | null, stdout: string, stderr: string }

interface MeasureOptions {
  cwd?: string
  /** A failure is a result, not an error (a batch with a failed article still counts its decks). */
  mayFail?: boolean
  env?: NodeJS.ProcessEnv
}

/** Runs a command and samples the memory of its whole process tree (Chromium included) every 100 ms. */
function measure([command, args]: [string, string[]], { cwd = PROJECT_ROOT, mayFail = false, env = {} }: MeasureOptions = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => { stdout += chunk })
    child.stderr.on('data', chunk => { stderr += chunk })
    let peak = 0
    const timer = setInterval(() => { peak = Math.max(peak, treeRssMb(child.pid!)) }, 100)
    child.on('close', code => {
      clearInterval(timer)
      if (code !== 0 && !mayFail) return reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.slice(-500)}`))
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peak, code, stdout, stderr })
    })
  })
}

/**
 * Proportional set size (PSS: shared pages split among their users, so Chromium's many processes are not
 * counted many times) of a process and all its descendants, read from /proc. By parent, not by process
 * group: Playwright starts Chromium in a group of its own.
 */
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>()
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name)).map(Number)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), pid])
    } catch {
      // The process ended between the listing and the read.
    }
  }
  // Only the tree's smaps: reading every process's (the build server's GB, other Chromiums) every 100 ms took
  // CPU from the runs being measured.
  let kb = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
    } catch {
      // Ended meanwhile.
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return kb / 1024
}

interface TimedRow { tool: string, runs: number[], medianSeconds: number, peakMb: number }

function timedRow(tool: string, measured: Measured[]): TimedRow {
  const runs = measured.map(m => m.seconds)
  return { tool, runs, medianSeconds: median(runs), peakMb: Math.max(...measured.map(m => m.peakMb)) }
}

function printRows(title: string, rows: TimedRow[]): void {
  console.log(`\n${title}`)
  console.table(rows.map(r => ({ tool: r.tool, 'median s': r.medianSeconds.toFixed(2), runs: r.runs.map(s => s.toFixed(2)).join(' '), 'peak MB': r.peakMb.toFixed(0) })))
}

const say = (message: string) => process.stderr.write(`bench: ${message}\n`)
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))

async function benchEndToEnd(): Promise<TimedRow[]> {
  const chromium = findChromium()
  const ours: Measured[] = []
  const plain: Measured[] = []
  for (let i = 0; i < RUNS; i++) {
    const oursDir = join(work, `e2e-ours-${i}`)
    ours.push(await measure(deck(ARTICLE, '--out', oursDir, '--formats', 'web,pdf,handout', '--force')))
    // The same slides.md, built and exported by Slidev alone, beside the project so it gets the components.
    const plainDir = join(work, `e2e-plain-${i}`)
    mkdirSync(plainDir)
    cpSync(join(oursDir, 'slides.md'), join(plainDir, 'slides.md'))
    const built = await measure([process.execPath, [SLIDEV_BIN, 'build', join(plainDir, 'slides.md'), '--out', join(plainDir, 'dist')]], { cwd: plainDir })
    const exported = await measure([process.execPath, [SLIDEV_BIN, 'export', join(plainDir, 'slides.md'), '--output', join(plainDir, 'deck.pdf'), '--executable-path', chromium]], { cwd: plainDir })
    plain.push({ ...built, seconds: built.seconds + exported.seconds, peakMb: Math.max(built.peakMb, exported.peakMb) })
    say(`e2e run ${i + 1}/${RUNS}: ours ${ours[i].seconds.toFixed(1)} s, slidev build+export ${plain[i].seconds.toFixed(1)} s`)
  }
  return [timedRow('npm run deck (web+pdf+handout)', ours), timedRow('slidev build + slidev export (web+pdf)', plain)]
}

/** The build alone: Slidev's CLI in a new Node, against our worker once it has built a deck (as in a batch). */
async function benchBuild(): Promise<TimedRow[]> {
  const dir = join(work, 'build')
  await measure(deck(ARTICLE, '--out', dir, '--formats', 'web'))
  const cli: Measured[] = []
  const warm: number[] = []
  const builder = new SlidevBuilder()
  try {
    await builder.build(join(dir, 'slides.md'), join(work, 'build-warm-0'), { withoutNotes: false })
    for (let i = 0; i < RUNS; i++) {
      cli.push(await measure([process.execPath, [SLIDEV_BIN, 'build', join(dir, 'slides.md'), '--out', join(work, `build-cli-${i}`)]], { cwd: dir }))
      const started = performance.now()
      await builder.build(join(dir, 'slides.md'), join(work, `build-warm-${i + 1}`), { withoutNotes: false })
      warm.push((performance.now() - started) / 1000)
      say(`build run ${i + 1}/${RUNS}: slidev build ${cli[i].seconds.toFixed(1)} s, warm worker ${warm[i].toFixed(1)} s`)
    }
  } finally {
    builder.close()
  }
  return [timedRow('slidev build (a new Node)', cli), { tool: 'warm build worker (src/build/slidev.ts)', runs: warm, medianSeconds: median(warm), peakMb: Number.NaN }]
}

/** Marp CLI, installed once into .cache/marp; the reason when it cannot be. */
function marpCli(): { bin: string } | { skipped: string } {
  const bin = join(MARP_DIR, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js')
  if (!existsSync(bin)) {
    say(`installing ${MARP_CLI} into ${MARP_DIR} (Chromium is ours: PUPPETEER_SKIP_DOWNLOAD)…`)
    const installed = spawnSync('npm', ['install', '--prefix', MARP_DIR, '--no-audit', '--no-fund', MARP_CLI], { encoding: 'utf8', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } })
    if (installed.status !== 0 || !existsSync(bin)) return { skipped: `npm install ${MARP_CLI} failed: ${(installed.stderr || installed.error?.message || '').trim().split('\n').at(-1)}` }
  }
  return { bin }
}

/** Marp Markdown saying what each of our slides says: its title as a heading, then its lines of text. */
function marpMarkdown(slides: { title: string, text: string }[], lang: string): string {
  const escape = (line: string) => line.replace(/[\\`*_{}[\]<>()#+\-.!|$~]/g, char => `\\${char}`)
  const pages = slides.map(slide => {
    const lines = slide.text.replace(/\u200b/g, '').split('\n').map(line => line.trim()).filter(line => line && line !== slide.title.replace(/\u200b/g, ''))
    return [slide.title ? `# ${escape(slide.title.replace(/\u200b/g, ''))}` : '', ...lines.map(escape)].filter(Boolean).join('\n\n')
  })
  return `---\nmarp: true\nsize: 16:9\nlang: ${lang}\n---\n\n${pages.join('\n\n---\n\n')}\n`
}

/** The median of each step a run timed itself (`done in 4.3 s (build 2.8 s, check 0.5 s, print 0.7 s)`), and of the time before them. */
function stepMedians(runs: Measured[]): Record<string, number> {
  const steps = runs.map((run): Record<string, number> => {
    const done = /done in ([\d.]+) s \(([^)]*)\)/.exec(run.stderr)
    const timed = Object.fromEntries([...(done?.[2] ?? '').matchAll(/(\w+) ([\d.]+) s/g)].map(([, step, s]) => [step, Number(s)]))
    return { ...timed, 'before the build': Number(done?.[1] ?? Number.NaN) - Object.values(timed).reduce((sum, s) => sum + s, 0) }
  })
  return Object.fromEntries(Object.keys(steps[0] ?? {}).map(step => [step, median(steps.map(run => run[step]))]))
}

async function benchMarp(): Promise<{ rows: TimedRow[], skipped?: string, serverMb?: number, steps?: Record<string, number> }> {
  const marp = marpCli()
  const rows: Record<string, Measured[]> = { ours: [], oursUnchecked: [], oursCold: [], marp: [] }
  const first = join(work, 'marp-ours-0')
  // Also starts the build server the runs below find (src/build/build-server.ts).
  await measure(deck(ARTICLE, '--out', first, '--formats', 'web,pdf', '--force'))
  const label = 'npm run deck (web+pdf, fit check'
  if ('skipped' in marp) return { rows: [], skipped: marp.skipped }
  // The same slides, as our deck shows them.
  const opened = await openExportedDeck({ distDir: join(first, 'dist') })
  const texts = await opened.readSlides()
  await opened.close()
  const source = join(work, 'marp.md')
  writeFileSync(source, marpMarkdown(texts, readFileSync(join(first, 'slides.md'), 'utf8').match(/^lang: (\S+)$/m)?.[1] ?? 'en'))
  const env = { CHROME_PATH: findChromium() }
  for (let i = 0; i < RUNS; i++) {
    rows.ours.push(await measure(deck(ARTICLE, '--out', join(work, `marp-ours-${i}`), '--formats', 'web,pdf', '--force')))
    rows.oursUnchecked.push(await measure(deck(ARTICLE, '--out', join(work, `marp-unchecked-${i}`), '--formats', 'web,pdf', '--force', '--skip-check')))
    // As the first run of a session: a new worker, no server.
    rows.oursCold.push(await measure(deck(ARTICLE, '--out', join(work, `marp-cold-${i}`), '--formats', 'web,pdf', '--force'), { env: { DECK_BUILD_SERVER: 'off' } }))
    const html = await measure([process.execPath, [marp.bin, source, '-o', join(work, `marp-${i}.html`)]], { env })
    const pdf = await measure([process.execPath, [marp.bin, source, '--pdf', '-o', join(work, `marp-${i}.pdf`)]], { env })
    rows.marp.push({ ...html, seconds: html.seconds + pdf.seconds, peakMb: Math.max(html.peakMb, pdf.peakMb) })
    say(`marp run ${i + 1}/${RUNS}: ours ${rows.ours[i].seconds.toFixed(1)} s (${rows.oursUnchecked[i].seconds.toFixed(1)} s unchecked, ${rows.oursCold[i].seconds.toFixed(1)} s without the server), marp ${rows.marp[i].seconds.toFixed(1)} s`)
  }
  return {
    rows: [
      timedRow(`${label}, build server)`, rows.ours),
      timedRow(`${label}, no build server)`, rows.oursCold),
      timedRow('npm run deck (web+pdf, --skip-check, build server)', rows.oursUnchecked),
      timedRow(`marp (html, then pdf; ${MARP_CLI.split('@').at(-1)})`, rows.marp),
    ],
    // The server is not in a run's process tree once the run that started it has ended.
    serverMb: buildWorkerPids().reduce((sum, pid) => sum + treeRssMb(pid), 0),
    steps: stepMedians(rows.ours),
  }
}

/** A run into a folder whose last good run had the same article, options and code. */
async function benchUnchanged(): Promise<TimedRow> {
  const dir = join(work, 'unchanged')
  await measure(deck(ARTICLE, '--out', dir))
  const runs: Measured[] = []
  for (let i = 0; i < Math.max(RUNS, 5); i++) runs.push(await measure(deck(ARTICLE, '--out', dir)))
  if (!runs.every(run => run.stderr.includes('nothing changed'))) throw new Error('a run meant to find nothing changed rebuilt the deck')
  return timedRow('npm run deck, nothing changed', runs)
}

/**
 * `npm run dev` on a copy of the article, open in Chromium on slide 1. Each save changes a word of the lede, which
 * the cover shows (an edit of the text), or the title (which is also the headmatter's, so Slidev reloads the
 * page): the time from the save to the new text on screen, and how much of it is ours (until slides.md is written).
 */
async function benchDev(): Promise<TimedRow[]> {
  const dir = join(work, 'dev')
  mkdirSync(dir)
  const article = join(dir, 'article.md')
  const source = readFileSync(ARTICLE, 'utf8')
  writeFileSync(article, source)
  const edits = [
    { what: 'a word of the lede', word: /^>\s*(.+)$/m.exec(source)![1].slice(0, 8) },
    { what: 'the title', word: /^# (.+)$/m.exec(source)![1] },
  ]
  // Its own process group, so Slidev's server (its child) stops with it.
  const dev = spawn(process.execPath, [LAUNCH, 'dev', article, '--out', join(dir, 'deck')], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, FORCE_COLOR: '0' } })
  const browser = await launchChromium(findChromium())
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = ''
      const timeout = setTimeout(() => reject(new Error(`npm run dev printed no URL in 120 s: ${output.slice(-500)}`)), 120_000)
      const read = (chunk: Buffer) => {
        output += chunk
        const found = /http:\/\/localhost:\d+\//.exec(output)
        if (found) {
          clearTimeout(timeout)
          resolve(found[0])
        }
      }
      dev.stdout.on('data', read)
      dev.stderr.on('data', read)
      dev.on('close', code => reject(new Error(`npm run dev exited (${code}): ${output.slice(-500)}`)))
    })
    let regenerated = () => {}
    dev.stderr.on('data', (chunk: Buffer) => { if (chunk.includes('slides.md regenerated')) regenerated() })
    const page = await browser.newPage()
    await page.goto(`${url}1`)
    // The text as read, without the zero-width spaces and the spaces set between Chinese and Latin letters.
    const shows = (text: string) => page.waitForFunction(wanted => document.body.innerText.replace(/[\u200b\s]/g, '').includes(wanted), text.replace(/\s/g, ''), { polling: 'raf', timeout: 60_000 })
    const rows: TimedRow[] = []
    for (const { what, word } of edits) {
      await shows(word)
      const runs: number[] = []
      const ours: number[] = []
      for (let i = 0; i < Math.max(RUNS, 5); i++) {
        const edited = `${word}r${i}`
        const written = new Promise<number>(resolve => { regenerated = () => resolve(performance.now()) })
        const started = performance.now()
        writeFileSync(article, source.replace(word, edited))
        await shows(edited)
        runs.push((performance.now() - started) / 1000)
        ours.push((await written - started) / 1000)
        say(`dev, ${what} ${i + 1}: ${runs[i].toFixed(2)} s (slides.md written after ${ours[i].toFixed(2)} s)`)
        // Let the server settle before the next save.
        await new Promise(resolve => setTimeout(resolve, 1000))
      }
      writeFileSync(article, source)
      rows.push({ tool: `save ${what} → on screen (slides.md after ${median(ours).toFixed(2)} s)`, runs, medianSeconds: median(runs), peakMb: Number.NaN })
    }
    return rows
  } finally {
    await browser.close()
    process.kill(-dev.pid!, 'SIGTERM')
  }
}

interface BatchRow { tool: string, articles: number, decks: number, seconds: number, decksPerMinute: number, peakMb: number }

/** The corpus, a command per article, against one batch run; every deck from scratch (--force, new folders). */
async function benchBatch(): Promise<BatchRow[]> {
  const corpus = join(PROJECT_ROOT, 'tests', 'corpus')
  // The articles, as corpus.json lists them (the folder also holds SOURCES.md).
  const articles = (JSON.parse(readFileSync(join(corpus, 'corpus.json'), 'utf8')) as { file: string }[]).map(entry => entry.file).sort()
  let oneByOne = { seconds: 0, peakMb: 0, decks: 0 }
  for (const name of articles) {
    const run = await measure(deck(join(corpus, name), '--out', join(work, 'one', basename(name, '.md')), '--force'), { mayFail: true })
    oneByOne = { seconds: oneByOne.seconds + run.seconds, peakMb: Math.max(oneByOne.peakMb, run.peakMb), decks: oneByOne.decks + (run.code === 0 ? 1 : 0) }
    say(`one by one: ${name} ${run.code === 0 ? 'built' : 'failed'} in ${run.seconds.toFixed(1)} s`)
  }
  const batch = await measure(deck(...articles.map(name => join(corpus, name)), '--out-dir', join(work, 'batch'), '--force'), { mayFail: true })
  const built = batch.stdout.split('\n').filter(line => / (built|unchanged) in /.test(line)).length
  say(`batch: ${built} of ${articles.length} built in ${batch.seconds.toFixed(1)} s`)
  const row = (tool: string, decks: number, seconds: number, peakMb: number): BatchRow => ({ tool, articles: articles.length, decks, seconds, decksPerMinute: decks / seconds * 60, peakMb })
  return [
    row('a command per article', oneByOne.decks, oneByOne.seconds, oneByOne.peakMb),
    row(`one batch (--out-dir, --concurrency ${cpus().length})`, built, batch.seconds, batch.peakMb),
  ]
}

/** An earlier commit's deck command, as its package.json runs it, in a copy of its files beside this tree's node_modules. */
function baselineDeck(rev: string): (...args: string[]) => [string, string[]] {
  const dir = join(work, 'baseline')
  mkdirSync(dir)
  const archive = spawnSync('sh', ['-c', `git archive ${JSON.stringify(rev)} | tar -x -C ${JSON.stringify(dir)}`], { cwd: PROJECT_ROOT, encoding: 'utf8' })
  if (archive.status !== 0) throw new Error(`git archive ${rev} failed: ${archive.stderr}`)
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'))
  const script = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { deck: string } }).scripts.deck
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin')
  return (...args) => ['sh', ['-c', `cd ${JSON.stringify(dir)} && PATH=${JSON.stringify(bin)}:$PATH exec ${script} "$@"`, 'deck', ...args]]
}

async function benchBaseline(rev: string): Promise<TimedRow[]> {
  const before = baselineDeck(rev)
  const rows: Record<string, Measured[]> = { full: [], fullBefore: [], unchanged: [], unchangedBefore: [], version: [], versionBefore: [] }
  for (let i = 0; i < RUNS; i++) {
    rows.fullBefore.push(await measure(before(ARTICLE, '--out', join(work, 'baseline-before'), '--force')))
    rows.full.push(await measure(deck(ARTICLE, '--out', join(work, 'baseline-after'), '--force')))
    rows.unchangedBefore.push(await measure(before(ARTICLE, '--out', join(work, 'baseline-before'))))
    rows.unchanged.push(await measure(deck(ARTICLE, '--out', join(work, 'baseline-after'))))
    rows.versionBefore.push(await measure(before('--version')))
    rows.version.push(await measure(deck('--version')))
    say(`baseline run ${i + 1}/${RUNS}: full ${rows.fullBefore[i].seconds.toFixed(1)} → ${rows.full[i].seconds.toFixed(1)} s, unchanged ${rows.unchangedBefore[i].seconds.toFixed(2)} → ${rows.unchanged[i].seconds.toFixed(2)} s`)
  }
  return [
    timedRow(`${rev}: web+pdf+handout`, rows.fullBefore), timedRow('now: web+pdf+handout', rows.full),
    timedRow(`${rev}: nothing changed`, rows.unchangedBefore), timedRow('now: nothing changed', rows.unchanged),
    timedRow(`${rev}: --version`, rows.versionBefore), timedRow('now: --version', rows.version),
  ]
}

const results: Record<string, unknown> = {}
if (wanted('generator')) {
  const generator = results.generator = benchGenerator()
  console.log('\nGenerator (parse → figures → plan → render) vs markdown-it parse, medians in ms; "checked" adds the @slidev/parser check of the output')
  console.table(generator.map(r => ({
    size: r.size,
    bytes: r.bytes,
    slides: r.slides,
    'markdown-it ms': r.markdownItMs.toFixed(1),
    'generator ms': r.generatorMs.toFixed(1),
    'checked ms': r.checkedMs.toFixed(1),
    ratio: r.ratio.toFixed(2),
    'growth per 10×': r.growth?.toFixed(2) ?? '',
  })))
}
if (wanted('e2e')) {
  const rows = results.endToEnd = await benchEndToEnd()
  printRows(`End to end on the built-in article (${RUNS} alternating runs)`, rows)
  console.log(`ratio ours / plain: ${(rows[0].medianSeconds / rows[1].medianSeconds).toFixed(2)}, peak memory ratio ${(rows[0].peakMb / rows[1].peakMb).toFixed(2)}`)
}
if (wanted('build')) {
  const rows = results.build = await benchBuild()
  printRows(`slidev build of the built-in article's slides.md (${RUNS} alternating runs)`, rows)
}
if (wanted('marp')) {
  const marp = results.marp = await benchMarp()
  printRows(`Against Marp CLI, the built-in article's slides (${RUNS} alternating runs)`, marp.rows)
  if (marp.skipped) console.log(`Marp skipped: ${marp.skipped}`)
  else {
    const [server, cold, unchecked, marpRow] = marp.rows
    const ratio = (row: TimedRow) => (row.medianSeconds / marpRow.medianSeconds).toFixed(2)
    console.log(`ratio ours / Marp: ${ratio(server)} with the build server (target 1.5), ${ratio(cold)} without it (a session's first run), ${ratio(unchecked)} without the fit check; the idle server holds ${Math.round(marp.serverMb ?? 0)} MB (PSS), not in the rows' peaks`)
    console.log(`a run with the build server, step by step (medians): ${Object.entries(marp.steps ?? {}).map(([step, s]) => `${step} ${s.toFixed(2)} s`).join(', ')}`)
  }
}
if (wanted('unchanged')) {
  const row = results.unchanged = await benchUnchanged()
  printRows('A run with nothing changed (target < 1 s)', [row])
}
if (wanted('dev')) {
  const rows = results.dev = await benchDev()
  printRows('npm run dev: from saving the article to the new text in the open browser (target < 1 s)', rows)
}
if (wanted('batch')) {
  const rows = results.batch = await benchBatch()
  console.log('\nBatch: the corpus\'s articles (tests/corpus/corpus.json), web + pdf + handout each')
  console.table(rows.map(r => ({ tool: r.tool, decks: `${r.decks} of ${r.articles}`, 'total s': r.seconds.toFixed(1), 'decks/min': r.decksPerMinute.toFixed(2), 'peak MB': r.peakMb.toFixed(0) })))
}

if (wanted('baseline')) {
  const rows = results.baseline = await benchBaseline(values.baseline!)
  printRows(`Before and after: the deck command of ${values.baseline} and of this tree (${RUNS} alternating runs)`, rows)
}

const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) }
mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true })
writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), machine, ...results }, null, 2) + '\n')
console.log('\nwrote bench/results.json')
