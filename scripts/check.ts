/**
 * `npm run check -- [DIR]`: measures every slide of a built deck (default dist/) in Chromium: overflow, type sizes,
 * placement and slide numbers (design), and axe-core's serious and critical accessibility violations; exit 1 on any.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openExportedDeck } from '../src/export/exported-deck.ts'
import { formatAccessibilityReport, type AccessibilityReport } from '../src/check/accessibility.ts'
import { formatDesignReport, type DesignReport } from '../src/check/design.ts'
import { formatOverflowReport, overflowingSlides, type OverflowReport } from '../src/check/overflow.ts'
import { cliMain } from '../src/cli/main.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
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

interface Reports {
  overflow: OverflowReport
  design: DesignReport
  accessibility: AccessibilityReport
}

/** Every slide as it prints: the deck laid out on Slidev's /export page, the one npm run deck prints from. */
async function checkDeck(distDir: string): Promise<Reports> {
  const deck = await openExportedDeck({ distDir })
  try {
    return { overflow: await deck.checkOverflow(), design: await deck.checkDesign(), accessibility: await deck.checkAccessibility() }
  } finally {
    await deck.close()
  }
}

await cliMain(USAGE, async () => {
  const started = performance.now()
  const dist = findDist(parseCheckArgs(process.argv.slice(2)))
  const { overflow, design, accessibility } = await checkDeck(dist)
  process.stdout.write(`${[formatOverflowReport(overflow), formatDesignReport(design), formatAccessibilityReport(accessibility)].join('\n')}\n`)
  process.stderr.write(`check: ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  const failed = [
    counted(overflowingSlides(overflow).length, 'slide overflows', 'slides overflow'),
    counted(design.failures.length, 'design failure', 'design failures'),
    counted(accessibility.violations.length, 'accessibility violation', 'accessibility violations'),
  ].filter(Boolean)
  if (failed.length > 0) throw new DeckError(`${failed.join(', ')}; see the report above`)
})

function counted(count: number, one: string, many: string): string {
  return count === 0 ? '' : `${count} ${count === 1 ? one : many}`
}
