/** The command contract: exit codes, one-line errors, skipped unchanged runs, and failed runs that change nothing. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { generateDeck } from '../src/generate.ts'
import { buildWorkerPids, serverOptions } from '../src/build/build-server.ts'
import { SlidevBuilder } from '../src/build/slidev.ts'
import { teardown as stopBuildWorkers } from './global-setup.ts'
import { ENGLISH_ARTICLE, pdfPages, runCli, spawnCli, tempDir, writeArticle, type CliResult } from './helpers.ts'

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter(line => line.startsWith('error:'))
}

/** A stack frame such as `at async Object.handler (…/cli.mjs:326:3)`. */
const STACK_FRAME = /\bat .+:\d+:\d+/

/** Runs the deck command and sends it `signal` as soon as `cue` shows on its stderr, as Ctrl-C would mid-run. */
function signalledCli(args: string[], cue: string, signal: NodeJS.Signals): Promise<CliResult & { signalled: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli('deck', args)
    let stdout = ''
    let stderr = ''
    let signalled = false
    child.stdout.on('data', chunk => { stdout += chunk })
    child.stderr.on('data', chunk => {
      stderr += chunk
      if (!signalled && stderr.includes(cue)) signalled = child.kill(signal)
    })
    child.on('error', reject)
    child.on('close', code => resolve({ status: code ?? -1, stdout, stderr, signalled }))
  })
}

/** Command lines of running processes that mention `text` (a run's own folder). */
function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter(line => line.includes(text) && !line.startsWith('ps '))
}

describe('help and version', () => {
  it.each(['deck', 'dev'] as const)('%s --help and -h print one line per option with its default, and exit 0', script => {
    for (const flag of ['--help', '-h']) {
      const result = runCli(script, [flag])
      expect(result.status, flag).toBe(0)
      expect(result.stderr).not.toMatch(/^error:/m)
      const lines = result.stdout.trimEnd().split('\n')
      expect(lines[0]).toMatch(/^usage: npm run deck -- \[ARTICLE\.md\] \[options\]/)
      for (const option of ['--out', '--formats', '--lang', '--duration', '--public', '--force', '--skip-check', '--max-bytes', '--max-slides', '--debug']) {
        const line = lines.filter(l => l.trimStart().startsWith(`${option} `))
        expect(line, option).toHaveLength(1)
        expect(line[0], option).toMatch(/\(default: .+\)$/)
      }
      expect(result.stdout).toContain('(default: web,pdf,handout)')
      expect(result.stdout).toContain('(default: 5242880)')
    }
  })

  it.each(['deck', 'dev'] as const)('%s --version prints the package version and exits 0', script => {
    const result = runCli(script, ['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`)
  })
})

describe('bad input and usage', () => {
  it('exits 1 with one error line for a missing article', () => {
    const result = runCli('deck', ['/nonexistent/article.md', '--out', tempDir('cli')])
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toEqual(['error: cannot read /nonexistent/article.md: no such file; give the path of a Markdown article'])
    expect(result.stderr).not.toMatch(STACK_FRAME)
  })

  it('refuses an article that makes more slides than the limit, before building anything', () => {
    const dir = tempDir('cap')
    const result = runCli('deck', [writeArticle('cap', ENGLISH_ARTICLE), '--out', dir, '--max-slides', '3'])
    expect(result.status).toBe(1)
    const planned = generateDeck(ENGLISH_ARTICLE).plan.slides.length
    expect(errorLines(result.stderr)).toEqual([`error: the article makes ${planned} slides, over the limit of 3; split it into several articles or raise --max-slides`])
    expect(readdirSync(dir)).toEqual([])
  })

  it('exits 2 with the usage for unknown options and values', () => {
    for (const args of [['--lang', 'fr'], ['--formats', 'gif'], ['--bogus'], ['--duration', '-3']]) {
      const result = runCli('deck', args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(errorLines(result.stderr)).toHaveLength(1)
      expect(result.stderr).toContain('usage: npm run deck')
    }
  })
})

describe('outputs of a failed run', () => {
  const dir = tempDir('atomic')
  const article = writeArticle('atomic', ENGLISH_ARTICLE)
  const fingerprint = () => ['slides.md', 'deck.pdf', 'dist/index.html'].map(f => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'))
  let before: string[]

  beforeAll(() => {
    const first = runCli('deck', [article, '--out', dir, '--formats', 'web,pdf'])
    expect(first.status).toBe(0)
    before = fingerprint()
  })

  it('skips a run where nothing changed, and says so', () => {
    const again = runCli('deck', [article, '--out', dir, '--formats', 'web,pdf'])
    expect(again.status).toBe(0)
    expect(again.stderr).toContain('nothing changed since the last run')
    expect(fingerprint()).toEqual(before)
  })

  it('leaves slides.md, dist/ and the PDF as they were when Chromium fails, and no staging files behind', () => {
    writeFileSync(article, ENGLISH_ARTICLE.replace('A Shock to the Market', 'A Changed Heading'))
    const fake = join(tempDir('chrome'), 'chromium')
    writeFileSync(fake, '#!/bin/sh\nexit 1\n')
    chmodSync(fake, 0o755)
    const result = runCli('deck', [article, '--out', dir, '--formats', 'web,pdf'], { CHROME_PATH: fake })
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toHaveLength(1)
    expect(errorLines(result.stderr)[0]).toMatch(/^error: could not start Chromium/)
    expect(fingerprint()).toEqual(before)
    expect(readdirSync(dir).filter(name => /\.(next|old)-\d+/.test(name))).toEqual([])
  })

  it('leaves them as they were on Ctrl-C during the build: error: interrupted, exit 130, the build stopped', async () => {
    writeFileSync(article, ENGLISH_ARTICLE.replace('A Shock to the Market', 'An Interrupted Heading'))
    const result = await signalledCli([article, '--out', dir, '--formats', 'web,pdf'], 'building the web deck', 'SIGINT')
    expect(result.signalled).toBe(true)
    expect(result.status).toBe(130)
    expect(errorLines(result.stderr)).toEqual(['error: interrupted'])
    expect(fingerprint()).toEqual(before)
    expect(readdirSync(dir).filter(name => /\.(next|old)-\d+/.test(name))).toEqual([])
    expect(processesMentioning(dir)).toEqual([])
  })

  it('leaves them as they were on SIGTERM while Chromium prints: exit 143', async () => {
    const result = await signalledCli([article, '--out', dir, '--formats', 'web,pdf', '--skip-check'], 'printing', 'SIGTERM')
    expect(result.signalled).toBe(true)
    expect(result.status).toBe(143)
    expect(errorLines(result.stderr)).toEqual(['error: interrupted'])
    expect(fingerprint()).toEqual(before)
    expect(readdirSync(dir).filter(name => /\.(next|old)-\d+/.test(name))).toEqual([])
  })

  it('leaves them as they were for an empty article or a missing Chromium', () => {
    writeFileSync(article, '  \n\n ')
    expect(runCli('deck', [article, '--out', dir]).status).toBe(1)
    writeFileSync(article, ENGLISH_ARTICLE.replace('A Shock to the Market', 'Another Heading'))
    const missing = runCli('deck', [article, '--out', dir], { CHROME_PATH: '/nonexistent/chromium' })
    expect(missing.status).toBe(1)
    expect(errorLines(missing.stderr)).toEqual(['error: CHROME_PATH=/nonexistent/chromium is not an executable file; point it at Chromium or unset it'])
    expect(fingerprint()).toEqual(before)
  })
})

describe('a build that fails in Slidev', () => {
  it('gives one error line that quotes the cause, no stack frame; --debug adds the full output', () => {
    // A deck folder with a broken stylesheet: Slidev reads styles/ from the deck's own folder.
    const dir = tempDir('broken')
    mkdirSync(join(dir, 'styles'))
    writeFileSync(join(dir, 'styles', 'index.css'), '.a { color: red; } }\n')
    const article = writeArticle('broken', ENGLISH_ARTICLE)
    const result = runCli('deck', [article, '--out', dir, '--formats', 'web'])
    expect(result.status).toBe(1)
    const errors = errorLines(result.stderr)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^error: slidev build failed: CssSyntaxError: \[postcss\] .*styles\/index\.css:\d+:\d+: Unexpected \}/)
    expect(result.stderr).not.toMatch(STACK_FRAME)
    expect(result.stderr).not.toContain('Getter/Setter')
    expect(readdirSync(dir).filter(name => name.startsWith('slides') || name.startsWith('dist'))).toEqual([])

    const debug = runCli('deck', [article, '--out', dir, '--formats', 'web', '--debug'])
    expect(debug.status).toBe(1)
    expect(errorLines(debug.stderr)).toEqual(errors)
    expect(debug.stderr).toContain('Build failed with 1 error')
    expect(debug.stderr).toContain('vite v') // stdout of the tool too
  })
})

// A project whose path makes the socket's too long for Unix builds without a server (build-server.ts).
describe.skipIf(!serverOptions())('the build server', () => {
  const dir = tempDir('server')
  const article = writeArticle('server', ENGLISH_ARTICLE)
  const args = [article, '--out', dir, '--formats', 'web', '--skip-check', '--force']
  const cpuSeconds = (pid: number) => Number(execFileSync('ps', ['-o', 'times=', '-p', String(pid)], { encoding: 'utf8' }))
  const outputs = () => ['slides.md', 'dist/index.html'].map(f => readFileSync(join(dir, f), 'utf8'))
  let plannedInServer = ''

  it('outlives the run that started it, and plans and builds the next run\'s deck', () => {
    stopBuildWorkers()
    const first = runCli('deck', args)
    expect(first.status).toBe(0)
    expect(first.stderr).not.toContain('in the build server')
    const servers = buildWorkerPids()
    expect(servers).toHaveLength(1)
    const before = cpuSeconds(servers[0])
    const next = runCli('deck', args)
    expect(next.status).toBe(0)
    expect(next.stderr).toMatch(/slides planned from .* in the build server/)
    plannedInServer = readFileSync(join(dir, 'slides.md'), 'utf8')
    expect(buildWorkerPids()).toEqual(servers)
    expect(cpuSeconds(servers[0])).toBeGreaterThan(before)
  })

  it('opens the next deck in its warm Chromium to check and print it, with the run\'s CHROME_PATH', () => {
    const printing = [article, '--out', dir, '--formats', 'web,pdf', '--force']
    const printed = runCli('deck', printing)
    expect(printed.status).toBe(0)
    expect(printed.stderr).toContain('checking that every slide fits (Chromium in the build server)')
    expect(pdfPages(join(dir, 'deck.pdf'))).toBe(generateDeck(ENGLISH_ARTICLE).plan.slides.length)
    const missing = runCli('deck', printing, { CHROME_PATH: '/nonexistent/chromium' })
    expect(missing.status).toBe(1)
    expect(errorLines(missing.stderr)).toEqual(['error: CHROME_PATH=/nonexistent/chromium is not an executable file; point it at Chromium or unset it'])
  })

  it('stays when a run is interrupted while the server prints its deck; the run leaves nothing staged', async () => {
    const servers = buildWorkerPids()
    const result = await signalledCli([article, '--out', dir, '--formats', 'web,pdf', '--skip-check', '--force'], 'printing', 'SIGTERM')
    expect(result.signalled).toBe(true)
    expect(result.status).toBe(143)
    expect(errorLines(result.stderr)).toEqual(['error: interrupted'])
    expect(readdirSync(dir).filter(name => /\.(next|old)-\d+/.test(name))).toEqual([])
    expect(buildWorkerPids()).toEqual(servers)
  })

  it('stops when the run building in it is interrupted; the outputs stay as they were', async () => {
    expect(buildWorkerPids()).toHaveLength(1)
    const before = outputs()
    writeFileSync(article, ENGLISH_ARTICLE.replace('A Shock to the Market', 'An Interrupted Heading'))
    const result = await signalledCli(args, 'building the web deck', 'SIGINT')
    expect(result.status).toBe(130)
    expect(errorLines(result.stderr)).toEqual(['error: interrupted'])
    expect(outputs()).toEqual(before)
    expect(readdirSync(dir).filter(name => /\.(next|old)-\d+/.test(name))).toEqual([])
    await expect.poll(buildWorkerPids, { timeout: 5000 }).toEqual([])
  })

  it('is neither used nor left behind with DECK_BUILD_SERVER=off, and plans the same slides as it', () => {
    writeFileSync(article, ENGLISH_ARTICLE) // as the server planned it
    expect(runCli('deck', args, { DECK_BUILD_SERVER: 'off' }).status).toBe(0)
    expect(buildWorkerPids()).toEqual([])
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(plannedInServer)
  })
})

describe('a build worker that dies between builds', () => {
  it('is replaced by the next build, which succeeds', async () => {
    const previous = process.env.DECK_BUILD_SERVER
    process.env.DECK_BUILD_SERVER = 'off'
    const builder = new SlidevBuilder()
    try {
      const entry = join(PROJECT_ROOT, 'slides.md')
      await builder.build(entry, join(tempDir('worker'), 'dist'), { withoutNotes: false })
      const workers = buildWorkerPids()
      expect(workers).toHaveLength(1)
      process.kill(workers[0])
      // Gone once this process has reaped it (a zombie still answers signal 0), which is when Node reports the exit.
      const reaped = () => {
        try {
          process.kill(workers[0], 0)
          return false
        } catch {
          return true
        }
      }
      await expect.poll(reaped, { timeout: 5000 }).toBe(true)
      const dist = join(tempDir('worker'), 'dist')
      await builder.build(entry, dist, { withoutNotes: false })
      expect(readdirSync(dist)).toContain('index.html')
    } finally {
      builder.close()
      if (previous === undefined) delete process.env.DECK_BUILD_SERVER
      else process.env.DECK_BUILD_SERVER = previous
    }
  })
})
