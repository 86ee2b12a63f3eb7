/** `npm run dev -- [ARTICLE.md]`: Slidev's dev server on the deck; saving the article regenerates slides.md. */
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { USAGE, generateOptions, parseDeckArgs } from '../src/cli/args.ts'
import { cliMain } from '../src/cli/main.ts'
import { DEV } from '../src/config.ts'
import { UsageError } from '../src/errors.ts'
import { deckPaths } from '../src/cli/paths.ts'
import { readArticle } from '../src/cli/input.ts'
import { generateDeck } from '../src/generate.ts'
import { track } from '../src/build/interrupt.ts'
import { writeFileAtomic } from '../src/build/outputs.ts'
import { SLIDEV_BIN } from '../src/build/slidev.ts'

await cliMain(USAGE, async () => {
  const options = parseDeckArgs(process.argv.slice(2))
  if (options.batch) throw new UsageError('npm run dev opens one article; --out-dir is for npm run deck')
  const paths = deckPaths(options.out)
  const regenerate = async () => {
    const { plan, markdown } = generateDeck(await readArticle(options.article, options.maxBytes), generateOptions(options))
    await writeFileAtomic(paths.slides, markdown)
    process.stderr.write(`deck: slides.md regenerated (${plan.slides.length} slides)\n`)
  }
  await regenerate()

  let timer: NodeJS.Timeout | undefined
  // The folder, not the file: editors that save by writing a new file and renaming it over the old one would
  // leave a watch on the file looking at the old one.
  watch(dirname(resolve(options.article)), (_, name) => {
    if (name !== basename(options.article)) return
    clearTimeout(timer)
    // A failed regeneration keeps the last good slides.md on screen; the error is printed, the server stays.
    timer = setTimeout(() => regenerate().catch(e => process.stderr.write(`error: ${e.message}\n`)), DEV.debounceMs)
  })

  const server = spawn(process.execPath, [SLIDEV_BIN, paths.slides], { stdio: 'inherit', cwd: dirname(paths.slides) })
  server.on('close', track(() => server.kill()))
  await new Promise<void>((resolve, reject) => server.on('close', code => code === 0 ? resolve() : reject(new Error(`slidev exited with ${code}`))))
})
