import { cliMain, parseDeckArgs, runDeck } from '../src/cli/deck.ts'

await cliMain(async () => {
  await runDeck(parseDeckArgs(process.argv.slice(2)))
})
