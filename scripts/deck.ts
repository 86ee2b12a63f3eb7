import { USAGE, cliMain, parseDeckArgs, runDeck } from '../src/cli/deck.ts'

await cliMain(USAGE, async () => {
  await runDeck(parseDeckArgs(process.argv.slice(2)))
})
