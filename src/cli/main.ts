/** What every command shares: the one way a command runs, answers --help and --version, fails and is interrupted. */
import { readFileSync } from 'node:fs'
import { constants } from 'node:os'
import { join } from 'node:path'
import { interrupt, interrupted } from '../build/interrupt.ts'
import { DeckError, UsageError, firstLine } from '../errors.ts'
import { PROJECT_ROOT } from './paths.ts'

/**
 * Runs a command's body and turns failures into one `error:` line and the exit code (2 and the usage for bad
 * usage). `--help` and `--version` answer at once. SIGINT and SIGTERM stop the run's children and wait for it to
 * discard what it staged (../build/interrupt.ts), then exit 128 + the signal's number; a second signal exits at once.
 */
export async function cliMain(usage: string, body: () => Promise<void>, argv = process.argv.slice(2)): Promise<never> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  if (argv.includes('--version')) {
    process.stdout.write(`${JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`)
    process.exit(0)
  }
  const debug = argv.includes('--debug')
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted() || !interrupt(signal)) exitInterrupted(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    await body()
  } catch (error) {
    const signal = interrupted()
    if (signal) exitInterrupted(signal)
    if (debug) {
      // A failed tool's own words, whole; anything else with its stack.
      if (error instanceof DeckError && error.output !== undefined) process.stderr.write(error.output)
      else console.error(error)
    }
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n${usage.split('\n')[0]}\n(--help lists the options)\n`)
      process.exit(2)
    }
    const message = error instanceof DeckError ? firstLine(error) : `unexpected failure: ${firstLine(error)} (run again with --debug for details)`
    process.stderr.write(`error: ${message}\n`)
    process.exit(1)
  }
  const signal = interrupted()
  if (signal) exitInterrupted(signal)
  process.exit(0)
}

function exitInterrupted(signal: NodeJS.Signals): never {
  process.stderr.write('error: interrupted\n')
  process.exit(128 + constants.signals[signal])
}
