import { USAGE, parseDeckArgs } from '../src/cli/args.ts'
import { cliMain } from '../src/cli/main.ts'
import { runDeck } from '../src/cli/run.ts'

await cliMain(USAGE, async () => {
  await runDeck(parseDeckArgs(process.argv.slice(2)))
})
