/** Slidev, run from the project so the pinned 52.x is the one used: builds in a warm worker, exports through its CLI. */
import { fork, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import type { Socket } from 'node:net'
import { dirname, join } from 'node:path'
import { BUILD } from '../config.ts'
import { PROJECT_ROOT } from '../cli/paths.ts'
import { track } from './interrupt.ts'
import { run, toolFailure, type RunResult } from './run.ts'

const require = createRequire(import.meta.url)
/** The pinned Slidev CLI's entry point: run with this Node, not whatever `slidev` is on the PATH. */
export const SLIDEV_BIN = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

export interface BuildOptions {
  withoutNotes: boolean
  /** The URL path the deck is served under (`/name/dist/`); default `/`. */
  base?: string
}

interface Reply extends RunResult {
  ok: boolean
}

/**
 * `slidev build`, one deck at a time, in a worker process that loads Slidev once (./slidev-worker.mjs). The worker
 * starts loading when the builder is made, so that happens while the deck is planned; it is replaced after a
 * failed build and every BUILD.buildsPerWorker builds. An interrupted run kills it, failing the build in progress.
 */
export class SlidevBuilder {
  private worker?: { child: ChildProcess, builds: number, untrack: () => void, stderr: string[] }

  constructor() {
    this.worker = this.spawn()
  }

  async build(entry: string, outDir: string, options: BuildOptions): Promise<void> {
    if (!this.worker || this.worker.builds >= BUILD.buildsPerWorker) this.replace()
    const worker = this.worker!
    worker.builds++
    worker.child.ref()
    const reply = await new Promise<Reply>((resolve, reject) => {
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        reject(toolFailure('slidev build', { stdout: '', stderr: worker.stderr.join('') }, { code, signal }))
      }
      worker.child.once('exit', onExit)
      worker.child.once('message', message => {
        worker.child.off('exit', onExit)
        resolve(message as Reply)
      })
      worker.child.send({ entry, outDir, withoutNotes: options.withoutNotes, base: options.base })
    }).catch(error => {
      this.close()
      throw error
    }).finally(() => worker.child.unref())
    if (!reply.ok) {
      // A failed build may leave Slidev's or Vite's state half-made: the next build gets a new worker.
      this.replace()
      throw toolFailure('slidev build', reply)
    }
  }

  /** Stops the worker; a later build starts a new one. */
  close(): void {
    if (!this.worker) return
    this.worker.untrack()
    this.worker.child.disconnect()
    this.worker = undefined
  }

  private replace(): void {
    this.close()
    this.worker = this.spawn()
  }

  private spawn(): NonNullable<SlidevBuilder['worker']> {
    // Plain Node, without the TypeScript loader this process may run under: the worker is JavaScript.
    const child = fork(join(PROJECT_ROOT, 'src', 'build', 'slidev-worker.mjs'), [], { cwd: PROJECT_ROOT, execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    const stderr: string[] = []
    const pipe = child.stderr as Socket
    // What the worker prints outside a build (a crash) is kept for the error line.
    pipe.on('data', (chunk: Buffer) => { stderr.push(chunk.toString()) })
    const untrack = track(() => child.kill())
    child.once('exit', () => {
      untrack()
      if (this.worker?.child === child) this.worker = undefined
    })
    // An idle worker does not keep this process alive; its channel and pipe do not either.
    child.unref()
    child.channel?.unref()
    pipe.unref()
    return { child, builds: 0, untrack, stderr }
  }
}

/** Builders for decks built at once: a deck takes a free one, or waits for one. */
export class BuilderPool {
  private readonly free: SlidevBuilder[]
  private readonly all: SlidevBuilder[]
  private readonly waiting: ((builder: SlidevBuilder) => void)[] = []

  constructor(size: number) {
    this.all = Array.from({ length: size }, () => new SlidevBuilder())
    this.free = [...this.all]
  }

  async use<T>(body: (builder: SlidevBuilder) => Promise<T>): Promise<T> {
    const builder = this.free.pop() ?? await new Promise<SlidevBuilder>(resolve => this.waiting.push(resolve))
    try {
      return await body(builder)
    } finally {
      const next = this.waiting.shift()
      if (next) next(builder)
      else this.free.push(builder)
    }
  }

  close(): void {
    for (const builder of this.all) builder.close()
  }
}

/** PNG and PPTX come from Slidev's own exporter (its dev server), printed with our Chromium. */
export function slidevExport(entry: string, format: 'png' | 'pptx', output: string, chromium: string): Promise<unknown> {
  return run(process.execPath, [SLIDEV_BIN, 'export', entry, '--format', format, '--output', output, '--executable-path', chromium, '--timeout', '120000'], {
    cwd: dirname(entry),
    what: `slidev export --format ${format}`,
  })
}
