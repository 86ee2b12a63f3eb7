// @ts-check
/**
 * `node scripts/launch.mjs deck|dev|check|present [args]` (what `npm run deck` and the others run): the command's
 * script, compiled. esbuild bundles scripts/*.ts and src/ (our code only; packages load from node_modules) into
 * .cache/cli/<hash of the sources' names, times and sizes>/, again whenever a source changes (≈ 0.3 s). Plain Node
 * then starts the command in about a second, where tsx took 3–4 s compiling and loading the same modules through
 * its loader on every start. Folders of older builds are removed after a day; a run still using one has its files.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const COMMANDS = ['deck', 'dev', 'check', 'present']
const CACHE = join(ROOT, '.cache', 'cli')
const DAY_MS = 24 * 60 * 60 * 1000

const [command] = process.argv.splice(2, 1)
if (!COMMANDS.includes(command)) {
  process.stderr.write(`error: unknown command ${command ?? '(none)'}\nusage: node scripts/launch.mjs ${COMMANDS.join('|')} [options]\n`)
  process.exit(2)
}

/** Every file the bundles are made from, with what tells a change: the folders' TypeScript and this launcher. */
function sources() {
  const files = [fileURLToPath(import.meta.url)]
  for (const folder of ['scripts', 'src']) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(join(entry.parentPath, entry.name))
    }
  }
  return files.sort().map(file => {
    const { mtimeMs, size } = statSync(file)
    return `${relative(ROOT, file)}\0${mtimeMs}\0${size}\n`
  })
}

const out = join(CACHE, createHash('sha256').update(sources().join('')).digest('hex').slice(0, 16))
if (!existsSync(join(out, `${command}.mjs`))) {
  const { build } = await import('esbuild')
  const staged = `${out}.${process.pid}`
  await build({
    // The build server's tasks are an entry of their own: it loads them from the run that started it.
    entryPoints: [...COMMANDS.map(name => ({ in: join(ROOT, 'scripts', `${name}.ts`), out: name })), { in: join(ROOT, 'src', 'build', 'server-tasks.ts'), out: 'server-tasks' }],
    outdir: staged,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // As tsx compiles: functions handed to page.evaluate keep their names (src/export/exported-deck.ts).
    keepNames: true,
    sourcemap: true,
    logLevel: 'error',
  }).catch(() => {
    rmSync(staged, { recursive: true, force: true })
    process.stderr.write('error: the TypeScript in scripts/ or src/ does not compile (esbuild\'s messages above); fix it and run again\n')
    process.exit(1)
  })
  try {
    renameSync(staged, out)
  } catch {
    rmSync(staged, { recursive: true, force: true }) // a run started at the same time made it first
  }
  for (const name of readdirSync(CACHE)) {
    const folder = join(CACHE, name)
    if (folder !== out && Date.now() - statSync(folder).mtimeMs > DAY_MS) rmSync(folder, { recursive: true, force: true })
  }
}
// --debug prints stack traces: in the TypeScript's lines, not the bundle's.
process.setSourceMapsEnabled(true)
await import(pathToFileURL(join(out, `${command}.mjs`)).href)
