/** `npm run present -- [DIR]`: serves a built deck (default dist/), or a folder of decks, on localhost and prints the URLs. */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cliMain } from '../src/cli/main.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { DeckError } from '../src/errors.ts'
import { builtBase, serveDeck } from '../src/export/serve.ts'

await cliMain('usage: npm run present -- [DIR]', async () => {
  const dist = resolve(process.argv[2] ?? join(PROJECT_ROOT, 'dist'))
  if (!existsSync(join(dist, 'index.html'))) throw new DeckError(`${dist} has no built deck; run npm run deck first`)
  const port = Number(process.env.PORT ?? 3030)
  // A web build has assets/; a folder of decks (npm run deck -- --out-dir DIR) has its index.html and the decks.
  if (!existsSync(join(dist, 'assets'))) {
    const server = await serveDeck(dist, port)
    process.stdout.write(`decks:     ${server.url}/\n(Ctrl-C to stop)\n`)
  } else {
    // A deck of a batch is built to be served under its folder's path.
    const server = await serveDeck(dist, port, builtBase(dist))
    process.stdout.write(`audience:  ${server.url}/1\npresenter: ${server.url}/presenter/1\n(Ctrl-C to stop)\n`)
  }
  await new Promise(() => {})
})
