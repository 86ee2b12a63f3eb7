import { USAGE, parseDeckArgs } from '../src/cli/args.ts'
import { cliMain } from '../src/cli/main.ts'
import { runBatch } from '../src/cli/batch.ts'
import { runDeck } from '../src/cli/run.ts'

await cliMain(USAGE, async () => {
  const options = parseDeckArgs(process.argv.slice(2))
  await (options.batch ? runBatch(options) : runDeck(options))
})
