/**
 * `npm run deck`: the whole job. The article is planned and rendered; then every format asked for is made in the
 * order its needs allow (the format table, ../export/formats.ts): the plan's own formats, the web build, the
 * formats printed from one Chromium page on the build, Slidev's exporter. Everything is staged and renamed into
 * place only when all of it succeeded; a run whose inputs did not change since the last good one does nothing.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { collectImages, copiesFolder, copyFile, imageMap, pruneCopies, writeImages, type DeckImage } from '../assets/copy.ts'
import { articleImages } from '../assets/images.ts'
import { formatOverflowReport, overflowingSlides } from '../check/overflow.ts'
import { IMAGES } from '../config.ts'
import { DeckError } from '../errors.ts'
import { Staging } from '../build/outputs.ts'
import { slidevBuild } from '../build/slidev.ts'
import { buildStamp, readStamp } from '../build/stamp.ts'
import { findChromium, launchChromium } from '../export/chromium.ts'
import { openExportedDeck, type ExportedDeck } from '../export/exported-deck.ts'
import { FORMATS, formatsNeeding, type Format, type Job, type Needs } from '../export/formats.ts'
import { generateDeck } from '../generate.ts'
import { parseArticle } from '../parse/article.ts'
import { generateOptions, type DeckOptions } from './args.ts'
import { readArticle } from './input.ts'
import { PROJECT_ROOT, deckPaths, outputsOf, type DeckPaths } from './paths.ts'
import { progress, seconds, StepTimer } from './progress.ts'

export async function runDeck(options: DeckOptions): Promise<DeckPaths> {
  const started = performance.now()
  const source = await readArticle(options.article, options.maxBytes)
  const paths = deckPaths(options.out)
  const images = await articleCopies(source, options)
  const generate = generateOptions(options)
  const { plan, markdown, warnings } = generateDeck(source, { ...generate, images: imageMap(images) })
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`)
  const deckRoot = dirname(paths.slides)
  const pictures = plan.slides.flatMap(slide => slide.kind === 'image' ? [slide.picture] : [])
  const copies = images.filter(image => pictures.includes(image.deckPath))
  if (plan.slides.length > options.maxSlides) {
    throw new DeckError(`the article makes ${plan.slides.length} slides, over the limit of ${options.maxSlides}; split it into several articles or raise --max-slides`)
  }
  progress(`${plan.slides.length} slides planned from ${options.article}`)
  const render = { accent: generate.accent, theme: generate.theme }
  const stamp = await buildStamp(PROJECT_ROOT, markdown, { formats: [...options.formats].sort(), public: options.public, render })
  const outputs = outputsOf(paths, options.formats)
  const kept = [...outputs, ...pictures.map(picture => copyFile(deckRoot, picture))]
  if (!options.force && await readStamp(paths.stamp) === stamp && kept.every(path => existsSync(path))) {
    progress(`nothing changed since the last run (article, options and code are the same); outputs kept: ${outputs.join(', ')} (--force rebuilds)`)
    return paths
  }
  const wants = (needs: Needs) => options.formats.some(format => FORMATS[format].needs === needs)
  const built = wants('build') || wants('page')
  const opened = built && (wants('page') || options.check)
  const chromium = opened || wants('slidev') ? findChromium() : undefined

  const staging = new Staging()
  const timer = new StepTimer()
  // Chromium starts while Slidev builds: the launch hides in the build's waits.
  const launching = opened ? launchChromium(chromium!) : undefined
  launching?.catch(() => {}) // awaited after the build; this only keeps an early failure from being unhandled
  try {
    const entry = await staging.writeFile(paths.slides, markdown)
    await writeImages(copies, deckRoot, staging)
    const job = async (format: Format): Promise<Job> => ({ plan, entry, deckDir: deckRoot, render, output: await staging.path(paths.outputs[format]) })
    for (const [format, row] of formatsNeeding(options.formats, 'plan')) {
      await timer.time(format, `writing ${row.what}…`, async () => row.make(await job(format)))
    }
    if (built) {
      // The page formats are made from this build; when the web deck itself was not asked for, it is thrown away.
      const dist = options.formats.includes('web') ? await staging.path(paths.outputs.web) : await staging.scratch(paths.outputs.web)
      await timer.time('build', `building the web deck${options.public ? ' without notes' : ''} (slidev build)…`, () =>
        slidevBuild(entry, dist, { withoutNotes: options.public }))
      // Slidev copies all of public/ into the build: earlier runs' images are not published.
      await pruneCopies(join(dist, IMAGES.folder), pictures)
      if (launching) {
        const printed = formatsNeeding(options.formats, 'page')
        const jobs = await Promise.all(printed.map(([format]) => job(format)))
        // One page load for every step; the first step waits for it, so its time counts there.
        const opening = openExportedDeck({ distDir: dist, browser: await launching, expectedSlides: plan.slides.length })
        try {
          if (options.check) await timer.time('check', 'checking that every slide fits (Chromium)…', async () => checkFits(await opening))
          if (printed.length > 0) {
            await timer.time('print', `printing ${listed(printed.map(([, row]) => row.what))}…`, async () => {
              const deck = await opening
              await Promise.all(printed.map(([, row], i) => row.make({ ...jobs[i], deck })))
            })
          }
        } finally {
          await opening.then(deck => deck.close(), () => {})
        }
      }
    }
    for (const [format, row] of formatsNeeding(options.formats, 'slidev')) {
      await timer.time(format, `exporting ${row.what} (slidev export)…`, async () => row.make({ ...await job(format), chromium: chromium! }))
    }
    await staging.writeFile(paths.stamp, stamp)
    await staging.commit()
    await pruneCopies(copiesFolder(deckRoot), pictures)
  } catch (error) {
    await staging.discard()
    throw error
  } finally {
    await launching?.then(browser => browser.close(), () => {})
  }
  progress(`done in ${seconds(started)} (${timer}) → ${outputs.join(', ')}`)
  return paths
}

/** The article's images the deck can carry (files next to it; downloads with --fetch-images); a warning line for each one skipped. */
async function articleCopies(source: string, options: DeckOptions): Promise<DeckImage[]> {
  const { images, warnings } = await collectImages(articleImages(parseArticle(source)), { articleDir: dirname(resolve(options.article)), fetch: options.fetchImages })
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`)
  return images
}

/** Every slide measured in Chromium: a deck whose text runs off a slide is not a good output. */
async function checkFits(deck: ExportedDeck): Promise<void> {
  const report = await deck.checkOverflow()
  const overflowing = overflowingSlides(report)
  if (overflowing.length === 0) return
  process.stderr.write(`${formatOverflowReport(report)}\n`)
  throw new DeckError(`slides ${overflowing.join(', ')} overflow (report above); please report the article that caused it, or use --skip-check`)
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
