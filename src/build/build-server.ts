/**
 * The build server: a Slidev build worker (./slidev-worker.mjs) that outlives the run that started it and builds
 * later runs' decks while it is warm (≈ 2 s a build where a new worker takes 4–5 s). The first run forks its worker
 * as a server candidate; a later run connects to its socket, or forks its own worker when the server is busy or
 * gone. The socket's name carries a hash of everything a build depends on besides the deck (the worker's code, the
 * installed packages, Node), so a changed project never builds in an old server. Off with DECK_BUILD_SERVER=off.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { BUILD } from '../config.ts'
import { PROJECT_ROOT } from '../cli/paths.ts'

/** What a server candidate is told: where to listen, and when to stop. */
export interface ServerOptions {
  path: string
  idleMs: number
  buildsLimit: number
  /** The bundle of ./server-tasks.ts (a file URL) the server runs its other tasks with, when this code runs bundled. */
  tasks?: string
}

/** How a forked worker learns that it may become the server, and its ServerOptions (read by ./slidev-worker.mjs). */
export const SERVER_OPTIONS_ENV = 'DECK_BUILD_SERVER_OPTIONS'

/** Unix socket paths are limited to 107 bytes; a project deeper than that builds without a server. */
const MAX_SOCKET_PATH = 100

/** The server's options for this project and code, or undefined when the server is off or cannot be. */
export function serverOptions(env: NodeJS.ProcessEnv = process.env): ServerOptions | undefined {
  if (env.DECK_BUILD_SERVER === 'off' || process.platform === 'win32') return undefined
  const key = createHash('sha256')
  key.update(process.version)
  for (const file of ['src/build/slidev-worker.mjs', 'src/build/slidev-worker-hooks.mjs', 'src/build/unocss-shared-tokens.mjs', 'package-lock.json']) {
    key.update(readFileSync(join(PROJECT_ROOT, file)))
  }
  const folder = join(PROJECT_ROOT, '.cache', 'build-server')
  const path = join(folder, `${key.digest('hex').slice(0, 16)}.sock`)
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return undefined
  // Only this user may connect: the server builds whatever entry it is sent.
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  return { path, idleMs: BUILD.serverIdleMs, buildsLimit: BUILD.buildsPerWorker, tasks: bundledTasks() }
}

/**
 * ./server-tasks.ts as launch.mjs bundles it, beside this code. Run from source (tsx, the tests' own imports) there
 * is none: such a run plans, checks and prints its decks itself, and its server only builds.
 */
function bundledTasks(): string | undefined {
  const bundled = new URL('./server-tasks.mjs', import.meta.url)
  return existsSync(bundled) ? bundled.href : undefined
}

/** A connection to a free server at `path`, or undefined when there is none or it is busy. */
export function connectToServer(path: string): Promise<Socket | undefined> {
  return new Promise(resolve => {
    const socket = connect(path)
    socket.setEncoding('utf8')
    const fail = () => {
      socket.destroy()
      resolve(undefined)
    }
    socket.once('error', fail)
    socket.once('close', fail)
    // A busy server closes the connection at once; a free one greets it.
    socket.once('data', (greeting: string) => {
      socket.off('error', fail)
      socket.off('close', fail)
      if (greeting === 'ready\n') resolve(socket)
      else fail()
    })
  })
}

/** Pids of this project's Slidev build workers: its servers, and the workers of runs still going. */
export function buildWorkerPids(): number[] {
  const worker = join(PROJECT_ROOT, 'src', 'build', 'slidev-worker.mjs')
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
    .map(line => /^\s*(\d+) (.*)$/.exec(line))
    .filter(match => match?.[2].startsWith(`${process.execPath} `) && match[2].endsWith(` ${worker}`))
    .map(match => Number(match![1]))
}
