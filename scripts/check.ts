/** `npm run check -- [DIR]`: measures every slide of a built deck (default dist/) in Chromium; exit 1 if any overflows. */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openExportedDeck } from '../src/build/exported-deck.ts'
import { formatOverflowReport, overflowingSlides, type OverflowReport } from '../src/check/overflow.ts'
import { PROJECT_ROOT, cliMain } from '../src/cli/deck.ts'
import { DeckError, UsageError } from '../src/errors.ts'

const USAGE = 'usage: npm run check -- [DIR] [--debug]'

function parseCheckArgs(argv: string[]): string {
  let positionals: string[]
  try {
    positionals = parseArgs({ args: argv, allowPositionals: true, options: { debug: { type: 'boolean' } } }).positionals
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (positionals.length > 1) throw new UsageError('one deck at a time')
  return resolve(positionals[0] ?? join(PROJECT_ROOT, 'dist'))
}

/** DIR may be an output folder (`--out DIR` of npm run deck) or the web build itself. */
function findDist(dir: string): string {
  const dist = [join(dir, 'dist'), dir].find(candidate => existsSync(join(candidate, 'index.html')))
  if (!dist) throw new DeckError(`${dir} has no built deck (no index.html in it or in its dist/); run npm run deck first`)
  return dist
}

/** Every slide as it prints: the deck laid out on Slidev's /export page, the one npm run deck prints from. */
async function checkDeck(distDir: string): Promise<OverflowReport> {
  const deck = await openExportedDeck({ distDir })
  try {
    return await deck.checkOverflow()
  } finally {
    await deck.close()
  }
}

await cliMain(USAGE, async () => {
  const started = performance.now()
  const dist = findDist(parseCheckArgs(process.argv.slice(2)))
  const report = await checkDeck(dist)
  process.stdout.write(`${formatOverflowReport(report)}\n`)
  process.stderr.write(`check: ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  const count = overflowingSlides(report).length
  if (count > 0) throw new DeckError(`${count} ${count === 1 ? 'slide overflows' : 'slides overflow'}; see the report above`)
})
