/**
 * `npm run bench [-- --runs N --sizes 10k,100k,1m,10m --skip-e2e]`: prints tables and writes bench/results.json.
 * 1. The generator (parse → figures → plan → render, as generateDeck) against markdown-it's parse alone,
 *    on the built-in article repeated to each size.
 * 2. End to end, alternating runs: our `npm run deck` (web + pdf + handout) against plain `slidev build` then
 *    `slidev export` on the same slides.md, with the peak memory of each whole process tree.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import MarkdownIt from 'markdown-it'
import { findChromium } from '../src/export/chromium.ts'
import { SLIDEV_BIN } from '../src/build/slidev.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { DEFAULTS } from '../src/config.ts'
import { generateDeck, runStages } from '../src/generate.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10k,100k,1m,10m' },
    'skip-e2e': { type: 'boolean', default: false },
  },
})
const RUNS = Math.max(1, Number(values.runs))
const SIZES = values.sizes.split(',').map(parseSize)

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

interface Measured { seconds: number, peakMb: number }

/** Runs a command and samples the memory of its whole process tree (Chromium included) every 100 ms. */
function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    let stderr = ''
    child.stderr.on('data', chunk => { stderr += chunk })
    let peak = 0
    const timer = setInterval(() => { peak = Math.max(peak, treeRssMb(child.pid!)) }, 100)
    child.on('close', code => {
      clearInterval(timer)
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.slice(-500)}`))
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peak })
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
  const rss = new Map<number, number>()
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name)).map(Number)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), pid])
      rss.set(pid, Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0))
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let kb = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    kb += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return kb / 1024
}

interface EndToEndRow { tool: string, runs: number[], medianSeconds: number, peakMb: number }

async function benchEndToEnd(): Promise<EndToEndRow[]> {
  const chromium = findChromium()
  const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const ours: Measured[] = []
  const plain: Measured[] = []
  for (let i = 0; i < RUNS; i++) {
    const oursDir = join(work, `ours-${i}`)
    ours.push(await measure(tsx, [join(PROJECT_ROOT, 'scripts', 'deck.ts'), '--out', oursDir, '--formats', 'web,pdf,handout', '--force'], PROJECT_ROOT))
    // The same slides.md, built and exported by Slidev alone, beside the project so it gets the components.
    const plainDir = join(work, `plain-${i}`)
    mkdirSync(plainDir)
    cpSync(join(oursDir, 'slides.md'), join(plainDir, 'slides.md'))
    plain.push(await measure(process.execPath, [SLIDEV_BIN, 'build', join(plainDir, 'slides.md'), '--out', join(plainDir, 'dist')], plainDir))
    const exported = await measure(process.execPath, [SLIDEV_BIN, 'export', join(plainDir, 'slides.md'), '--output', join(plainDir, 'deck.pdf'), '--executable-path', chromium], plainDir)
    plain[i] = { seconds: plain[i].seconds + exported.seconds, peakMb: Math.max(plain[i].peakMb, exported.peakMb) }
    process.stderr.write(`bench: run ${i + 1}/${RUNS}: ours ${ours[i].seconds.toFixed(1)} s, slidev build+export ${plain[i].seconds.toFixed(1)} s\n`)
  }
  return [
    { tool: 'npm run deck (web+pdf+handout)', runs: ours.map(m => m.seconds), medianSeconds: median(ours.map(m => m.seconds)), peakMb: Math.max(...ours.map(m => m.peakMb)) },
    { tool: 'slidev build + slidev export (web+pdf)', runs: plain.map(m => m.seconds), medianSeconds: median(plain.map(m => m.seconds)), peakMb: Math.max(...plain.map(m => m.peakMb)) },
  ]
}

const generator = benchGenerator()
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

const endToEnd = values['skip-e2e'] ? [] : await benchEndToEnd()
if (endToEnd.length > 0) {
  console.log(`\nEnd to end on the built-in article (${RUNS} alternating runs)`)
  console.table(endToEnd.map(r => ({ tool: r.tool, 'median s': r.medianSeconds.toFixed(1), runs: r.runs.map(s => s.toFixed(1)).join(' '), 'peak MB': r.peakMb.toFixed(0) })))
  console.log(`ratio ours / plain: ${(endToEnd[0].medianSeconds / endToEnd[1].medianSeconds).toFixed(2)}, peak memory ratio ${(endToEnd[0].peakMb / endToEnd[1].peakMb).toFixed(2)}`)
}

const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) }
mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true })
writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), machine, generator, endToEnd }, null, 2) + '\n')
console.log('\nwrote bench/results.json')
