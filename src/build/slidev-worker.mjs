// @ts-check
/**
 * A Node process that loads Slidev once and runs `slidev build`s on request (./slidev.ts starts it and sends the
 * requests over IPC, one at a time). Loading Slidev and its Vite, Vue and UnoCSS plugins takes 2–3 s of a cold
 * 7 s build; a warm process builds the next deck in about 3 s.
 *
 * Slidev keeps per-deck state at module level (the first entry's folder becomes every later build's user root),
 * so each build imports Slidev's own modules afresh (./slidev-worker-hooks.mjs); Vite, Vue and the rest are shared.
 * The build is Slidev's own `build` command function, called as its CLI calls it. Plain JavaScript, so that it
 * starts without a TypeScript loader.
 *
 * Request: { entry, outDir, withoutNotes, base? }. Reply: { ok, stdout, stderr }, the build's own output as the
 * CLI would have printed it (the error last, as Node prints an uncaught one).
 *
 * A build server also runs tasks for its clients: { task, module, payload } runs `task` of ./server-tasks.ts as the
 * bundle `module` has it (launch.mjs makes it), and replies with its TaskReply: { ok, payload }, or { ok, error,
 * expected } (expected: an error the run reports as its own). A server client's requests carry an `id`, which the
 * reply repeats.
 */
import { readFileSync, unlinkSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import { createServer, connect } from 'node:net'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inspect } from 'node:util'
import { shareUnoTokens } from './unocss-shared-tokens.mjs'

const cliRoot = dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json'))
// Slidev decides from the script it was started as whether it runs installed or globally, and so where it finds
// the default theme for a deck outside the project: answer as its own bin would.
process.argv[1] = join(cliRoot, 'bin', 'slidev.mjs')
register('./slidev-worker-hooks.mjs', { parentURL: import.meta.url, data: { dist: pathToFileURL(join(cliRoot, 'dist')).href + '/' } })

// The build command is not among the package's exports; its module is the one the CLI imports for `slidev build`.
const buildModule = /import\("\.\/(build-[\w-]+\.mjs)"\)/.exec(readFileSync(join(cliRoot, 'dist', 'cli.mjs'), 'utf8'))?.[1]

/** The folder of the deck being built. */
let deckFolder
// UnoCSS's parsed tokens carry over from build to build (≈ 0.5 s of each); Slidev's copies share this UnoCSS.
shareUnoTokens(await import('@unocss/core'), () => deckFolder)

let builds = 0
/** Slidev's `resolveOptions` and `build`, from a fresh copy of its own modules. */
async function freshSlidev() {
  if (!buildModule) throw new Error(`@slidev/cli at ${cliRoot} has no build module where 52.20.1 has it; reinstall the pinned version (npm ci)`)
  const fresh = `?deck-build=${builds++}`
  const [{ resolveOptions }, { build }] = await Promise.all([
    import(pathToFileURL(join(cliRoot, 'dist', 'index.mjs')).href + fresh),
    import(pathToFileURL(join(cliRoot, 'dist', buildModule)).href + fresh),
  ])
  return { resolveOptions, build }
}

// Loaded now, while the parent still plans the deck; the first build uses this copy.
let next = freshSlidev()
next.catch(() => {}) // reported by the build that awaits it

/** @param {{ entry: string, outDir: string, withoutNotes: boolean, base?: string }} request */
async function runBuild(request) {
  const output = { stdout: '', stderr: '' }
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write }
  /** @param {'stdout' | 'stderr'} stream */
  const capture = stream => /** @type {typeof process.stdout.write} */ (chunk => {
    output[stream] += chunk
    return true
  })
  process.stdout.write = capture('stdout')
  process.stderr.write = capture('stderr')
  const home = process.cwd()
  try {
    const { resolveOptions, build } = await next
    deckFolder = dirname(request.entry)
    process.chdir(deckFolder)
    const { entry, outDir, withoutNotes, base } = request
    const options = await resolveOptions({ entry, base, withoutNotes }, 'build')
    // Vite's gzip size report (≈ 0.2 s of CPU a build) is a table nobody reads here.
    await build(options, { base, build: { outDir, reportCompressedSize: false } }, { entry })
    return { ok: true, ...output }
  } catch (error) {
    output.stderr += `${inspect(error)}\n`
    return { ok: false, ...output }
  } finally {
    process.chdir(home)
    process.stdout.write = writes.stdout
    process.stderr.write = writes.stderr
    next = freshSlidev()
    next.catch(() => {})
  }
}

/**
 * The server's tasks besides building (./server-tasks.ts: planning a deck, opening it in Chromium to check and
 * print it), in the bundle of the run that started the server, loaded once. Only that bundle: jieba is shared by
 * every copy of the generator, and a later bundle's words added to it could change how the first one cuts Chinese;
 * a run with another bundle (its code changed since) does all of this itself.
 * @type {{ module: string, loaded?: Promise<typeof import('./server-tasks.ts')> } | undefined}
 */
let tasks

function loadTasks() {
  if (!tasks) return undefined
  tasks.loaded ??= import(tasks.module)
  return tasks.loaded
}

/** @param {{ task: string, module: string, payload: string }} request */
async function runTask({ task, module, payload }) {
  const loaded = module === tasks?.module ? loadTasks() : undefined
  if (!loaded) return { ok: false, error: `this build server runs ${tasks?.module ?? 'no tasks'}, not ${module}`, expected: false }
  try {
    return await (await loaded).runTask(task, payload)
  } catch (error) {
    return { ok: false, error: inspect(error), expected: false }
  }
}

// Writes to the creator's stderr pipe fail once it has exited (a server outlives it): those are dropped.
process.stderr.on('error', () => {})

/** @type {{ path: string, idleMs: number, buildsLimit: number, tasks?: string } | undefined} set when this worker may become the build server */
const serverOptions = process.env.DECK_BUILD_SERVER_OPTIONS ? JSON.parse(process.env.DECK_BUILD_SERVER_OPTIONS) : undefined
if (serverOptions?.tasks) tasks = { module: serverOptions.tasks }
const server = serverOptions && buildServer(serverOptions)

/** One build at a time: the creator's builds and a server client's are queued here. */
let queue = Promise.resolve()
/**
 * A build waits for the one before; a task runs at once, as it comes from the one client the server serves, which
 * asks for its tasks around its build (several prints at once).
 * @param {any} request
 */
function enqueue(request) {
  if (request.task) return runTask(request)
  const reply = queue.then(() => runBuild(request))
  // A failed build, or one past the limit, retires the server.
  queue = reply.then(reply => server?.built(reply))
  return reply
}

process.on('message', request => {
  enqueue(request).then(reply => process.send?.(reply))
})
// The parent closing the channel (or exiting) ends the worker, unless it serves later runs.
process.on('disconnect', () => server ? server.released('creator') : process.exit(0))

/**
 * The build server (./build-server.ts): listens on `path` so that later runs build in this warm process, one
 * client at a time, until it has been idle for `idleMs`. It retires (stops listening, and exits once its client
 * leaves) after a failed build or `buildsLimit` builds; a client that leaves during its build (an interrupted
 * run) ends it at once: Slidev's state may be half-made.
 * @param {{ path: string, idleMs: number, buildsLimit: number }} options
 */
function buildServer({ path, idleMs, buildsLimit }) {
  /** @type {unknown} who may build now: the creator (over IPC) until it leaves, then one socket client at a time */
  let owner = process.connected ? 'creator' : undefined
  let listening = false
  /** @type {NodeJS.Timeout | undefined} */
  let idle
  const listener = createServer(socket => {
    if (owner || !listening) return socket.destroy() // busy: that run builds in a worker of its own
    owner = socket
    clearTimeout(idle)
    let buffered = ''
    /** Builds taken and not answered yet. (A client may send several requests at once; each reply names its request.) */
    let building = 0
    socket.setEncoding('utf8')
    socket.on('data', chunk => {
      buffered += chunk
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const request = JSON.parse(buffered.slice(0, end))
        buffered = buffered.slice(end + 1)
        if (!request.task) building++
        enqueue(request).then(reply => {
          if (!request.task) building--
          socket.write(`${JSON.stringify({ ...reply, id: request.id })}\n`)
        })
      }
    })
    socket.on('error', () => {})
    // A client that leaves during its build ends the server (Slidev's state may be half-made); one that leaves
    // during its other tasks only has its deck closed.
    socket.on('close', () => building > 0 ? process.exit(1) : released(socket))
    socket.write('ready\n')
  })
  listener.on('error', error => {
    // Another run's server holds the path, or one that was killed left it: taken over only when nothing answers.
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') return
    const probe = connect(path)
    probe.on('connect', () => probe.destroy())
    probe.on('error', () => {
      try { unlinkSync(path) } catch {}
      listener.listen(path)
    })
  })
  listener.on('listening', () => { listening = true })
  listener.listen(path)
  // However it ends (idle, a stop, an interrupted client), the socket goes with it.
  process.on('exit', () => { if (listening) try { unlinkSync(path) } catch {} })
  process.on('SIGTERM', () => process.exit(143))

  const retire = () => {
    if (listening) {
      listening = false
      listener.close()
      try { unlinkSync(path) } catch {}
    }
    if (!owner) process.exit(0)
  }
  /** @param {unknown} who */
  const released = who => {
    if (owner !== who) return
    owner = undefined
    if (!listening) process.exit(0)
    idle = setTimeout(retire, idleMs)
    // A run lets the server go when it is done (./slidev.ts), so the server gets ready for the next one now: its
    // generator and Chromium warmed up (≈ 1.5 s, once) and a spare page made. A run that comes meanwhile has them
    // when it asks, and is told of any failure. (No forced garbage collection while idle: it saved a third of the
    // memory but made the next build 1–2 s slower, with V8's bytecode flushing on or off.)
    loadTasks()?.then(loaded => loaded.released()).catch(() => {})
  }
  return {
    released,
    /** @param {{ ok: boolean }} reply */
    // `builds` counts copies of Slidev loaded: the next build's is loaded already.
    built: reply => { if (!reply.ok || builds > buildsLimit) retire() },
  }
}
