/** Slidev, run from the project so the pinned 52.x is the one used: builds in a warm worker, exports through its CLI. */
import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import type { Socket } from 'node:net'
import { dirname, join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { BUILD } from '../config.ts'
import type { ExportedDeck } from '../export/exported-deck.ts'
import { servedDeck } from '../export/served-deck.ts'
import type { GeneratedDeck, GenerateOptions } from '../generate.ts'
import { PROJECT_ROOT } from '../cli/paths.ts'
import { DeckError } from '../errors.ts'
import { SERVER_OPTIONS_ENV, connectToServer, serverOptions, type ServerOptions } from './build-server.ts'
import type { ServerTasks, TaskName, TaskReply } from './server-tasks.ts'
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

interface BuildRequest extends BuildOptions {
  entry: string
  outDir: string
}

/** A warm Slidev, in a worker of this run's or in the build server: one build at a time. */
interface Worker {
  builds: number
  /** A build server, or one once this run lets it go: it outlives the run. */
  stays: boolean
  /** False once its process has exited or the server has closed the connection: a later build opens another. */
  alive(): boolean
  build(request: BuildRequest): Promise<Reply>
  /** Runs one of the build server's other tasks (./server-tasks.ts); absent when it has none, and fails when they are not this code's. */
  task?<K extends TaskName>(name: K, args: Parameters<ServerTasks[K]>[0]): Promise<Awaited<ReturnType<ServerTasks[K]>>>
  close(): void
}

/**
 * `slidev build`, one deck at a time, in a warm Slidev (./slidev-worker.mjs): the build server when it is free
 * (./build-server.ts), else a worker forked now, so that it loads while the deck is planned. The worker is replaced
 * after a failed build and every BUILD.buildsPerWorker builds. An interrupted run stops it, failing the build.
 */
export class SlidevBuilder {
  private worker?: Promise<Worker>

  constructor() {
    this.worker = openWorker()
  }

  async build(entry: string, outDir: string, options: BuildOptions): Promise<void> {
    let worker = await (this.worker ??= openWorker())
    if (worker.builds >= BUILD.buildsPerWorker || !worker.alive()) worker = await this.replace()
    worker.builds++
    const reply = await worker.build({ entry, outDir, withoutNotes: options.withoutNotes, base: options.base }).catch(error => {
      this.close()
      throw error
    })
    if (!reply.ok) {
      // A failed build may leave Slidev's or Vite's state half-made: the next build gets a new worker.
      this.replace()
      throw toolFailure('slidev build', reply)
    }
  }

  /**
   * The deck planned in the build server, whose generator is loaded and warm (≈ 0.1 s where this process takes
   * ≈ 0.8 s to load jieba and compromise); undefined when this builder has no server, which is then not waited for.
   */
  async generate(source: string, options: GenerateOptions): Promise<GeneratedDeck | undefined> {
    const worker = await this.worker?.catch(() => undefined)
    return worker?.task?.('generate', [source, options]).catch(() => undefined)
  }

  /**
   * The deck built in `distDir`, opened in the build server's Chromium, which is warm: for a run whose deck the
   * server planned (`generate`), so that it runs this code. It uses the run's CHROME_PATH, as the run's own would.
   * Undefined when the build was not the server's after all (it stopped after planning): the run opens the deck.
   */
  async openDeck(distDir: string, expectedSlides: number): Promise<ExportedDeck | undefined> {
    const task = (await this.worker)?.task
    if (!task) return undefined
    const slides = await task('openDeck', [distDir, expectedSlides, process.env.CHROME_PATH])
    return servedDeck(slides, (method, args) => task('deck', [method, args]))
  }

  /**
   * Lets the worker go once the deck is built when it would then exit (no build server), so that its 600–800 MB are
   * not held while Chromium prints. A build server is let go when the run ends: it then gets ready for the next run,
   * work that would compete with this run's own Chromium before.
   */
  async releaseIfExiting(): Promise<void> {
    const worker = await this.worker?.catch(() => undefined)
    if (worker && !worker.stays) this.close()
  }

  /** Lets the worker go (a server stays for later runs); a later build opens a new one. */
  close(): void {
    this.worker?.then(worker => worker.close(), () => {})
    this.worker = undefined
  }

  private replace(): Promise<Worker> {
    this.close()
    return this.worker = openWorker()
  }
}

async function openWorker(): Promise<Worker> {
  const server = serverOptions()
  const socket = server && await connectToServer(server.path)
  return socket ? serverWorker(socket, server?.tasks) : forkWorker(server)
}

/** A worker process of this run's; with `server`, it listens for later runs once this one lets it go. */
function forkWorker(server?: ServerOptions): Worker {
  // Plain Node, without the TypeScript loader this process may run under: the worker is JavaScript. A server
  // candidate gets a process group of its own, so that a Ctrl-C in the terminal does not reach a server serving
  // another run; this run's interrupt stops it all the same.
  const child = fork(join(PROJECT_ROOT, 'src', 'build', 'slidev-worker.mjs'), [], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    detached: server !== undefined,
    env: server ? { ...process.env, [SERVER_OPTIONS_ENV]: JSON.stringify(server) } : process.env,
  })
  const stderr: string[] = []
  const pipe = child.stderr as Socket
  // What the worker prints outside a build (a crash) is kept for the error line.
  pipe.on('data', (chunk: Buffer) => { stderr.push(chunk.toString()) })
  const untrack = track(() => child.kill())
  child.once('exit', untrack)
  // An idle worker does not keep this process alive; its channel and pipe do not either.
  child.unref()
  child.channel?.unref()
  pipe.unref()
  return {
    builds: 0,
    stays: server !== undefined,
    alive: () => child.connected,
    build: request => new Promise<Reply>((resolve, reject) => {
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        reject(toolFailure('slidev build', { stdout: '', stderr: stderr.join('') }, { code, signal }))
      }
      child.ref()
      child.once('exit', onExit)
      child.once('message', message => {
        child.off('exit', onExit)
        resolve(message as Reply)
      })
      // A worker that has crashed already cannot take the request: its exit says why.
      child.send(request, error => {
        if (error) reject(toolFailure('slidev build', { stdout: '', stderr: stderr.join('') }, { code: child.exitCode, signal: child.signalCode }))
      })
    }).finally(() => child.unref()),
    close: () => {
      untrack()
      if (child.connected) child.disconnect()
    },
  }
}

/** The build server, over its socket: one JSON line a request, one a reply. Its tasks are those of the bundle `tasks`. */
function serverWorker(socket: Socket, tasks: string | undefined): Worker {
  const untrack = track(() => socket.destroy())
  socket.unref()
  // Several requests may be in flight (formats printed at once): each reply names its request.
  const waiting = new Map<number, { resolve: (reply: unknown) => void, reject: () => void }>()
  let requests = 0
  let buffered = ''
  socket.on('data', (chunk: string) => {
    buffered += chunk
    if (!chunk.includes('\n')) return
    const lines = buffered.split('\n')
    buffered = lines.pop()!
    for (const line of lines) {
      const reply = JSON.parse(line) as { id: number }
      waiting.get(reply.id)?.resolve(reply)
      waiting.delete(reply.id)
    }
    if (waiting.size === 0) socket.unref()
  })
  socket.on('error', () => {}) // 'close' follows
  socket.on('close', () => {
    for (const { reject } of waiting.values()) reject()
    waiting.clear()
  })
  /** Sends `request`; when the server stops first (or has stopped: the socket is destroyed by then), fails with `stopped`. */
  const ask = <R>(request: object, stopped: string) => new Promise<R>((resolve, reject) => {
    const fail = () => reject(new DeckError(`${stopped}; run again`))
    if (socket.destroyed) return fail()
    const id = requests++
    waiting.set(id, { resolve: resolve as (reply: unknown) => void, reject: fail })
    socket.ref().write(`${JSON.stringify({ ...request, id })}\n`)
  })
  return {
    builds: 0,
    stays: true,
    alive: () => !socket.destroyed && !socket.readableEnded,
    build: request => ask<Reply>(request, 'slidev build failed: the build server stopped during the build'),
    task: tasks === undefined ? undefined : async (name, args) => {
      const payload = serialize(args).toString('base64')
      const reply = await ask<TaskReply>({ task: name, module: tasks, payload }, `the build server stopped during its task ${name}`)
      if (!reply.ok) throw reply.expected ? new DeckError(reply.error) : new Error(`the build server's task ${name} failed: ${reply.error}`)
      return deserialize(Buffer.from(reply.payload, 'base64'))
    },
    close: () => {
      untrack()
      socket.end()
    },
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

  releaseIfExiting(): void {
    for (const builder of this.all) void builder.releaseIfExiting()
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
