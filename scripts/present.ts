/** `npm run present -- [DIR]`: serves a built deck (default dist/) on localhost and prints its URLs. */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cliMain } from '../src/cli/main.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { DeckError } from '../src/errors.ts'
import { serveDeck } from '../src/export/serve.ts'

await cliMain('usage: npm run present -- [DIR]', async () => {
  const dist = resolve(process.argv[2] ?? join(PROJECT_ROOT, 'dist'))
  if (!existsSync(join(dist, 'index.html'))) throw new DeckError(`${dist} has no built deck; run npm run deck first`)
  const server = await serveDeck(dist, Number(process.env.PORT ?? 3030))
  process.stdout.write(`audience:  ${server.url}/1\npresenter: ${server.url}/presenter/1\n(Ctrl-C to stop)\n`)
  await new Promise(() => {})
})
