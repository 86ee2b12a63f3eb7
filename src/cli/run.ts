/**
 * `npm run deck`: the whole job. The article is planned and rendered; then every format asked for is made in the
 * order its needs allow (the format table, ../export/formats.ts): the plan's own formats, the web build, the
 * formats printed from one Chromium page on the build, Slidev's exporter. Everything is staged and renamed into
 * place only when all of it succeeded; a run whose inputs did not change since the last good one does nothing.
 * The output folder is locked from that check to the end (../build/lock.ts). A batch (./batch.ts) runs this per
 * article, sharing Chromium and the build workers through the RunContext.
 */
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { collectImages, copiesFolder, copyFile, imageMap, pruneCopies, writeImages, type DeckImage } from '../assets/copy.ts'
import { articleImages } from '../assets/images.ts'
import { formatOverflowReport, overflowingSlides } from '../check/overflow.ts'
import { IMAGES } from '../config.ts'
import { DeckError } from '../errors.ts'
import { Staging } from '../build/outputs.ts'
import { lockFolder } from '../build/lock.ts'
import { BuilderPool } from '../build/slidev.ts'
import { buildStamp, readStamp, stampText } from '../build/stamp.ts'
import type { DeckPage, ExportedDeck } from '../export/exported-deck.ts'
import { FORMATS, formatsNeeding, type Format, type Job, type Needs } from '../export/formats.ts'
import type { GenerateOptions } from '../generate.ts'
import type { RenderOptions } from '../render/slides.ts'
import type { DeckPlan } from '../types.ts'
import { parseArticle } from '../parse/article.ts'
import { generateOptions, type DeckOptions } from './args.ts'
import { readArticle } from './input.ts'
import { PROJECT_ROOT, deckPaths, outputsOf, type DeckPaths } from './paths.ts'
import { progress, seconds, StepTimer } from './progress.ts'

/** Where a run's progress and warnings go: `deck:` and `warning:` lines on stderr, or a batch's progress line. */
export interface Reporter {
  step(message: string): void
  warn(message: string): void
  /** A report of several lines (the slides that overflow). */
  detail(text: string): void
}

const STDERR: Reporter = {
  step: progress,
  warn: message => process.stderr.write(`warning: ${message}\n`),
  detail: text => process.stderr.write(`${text}\n`),
}

/** What a batch shares between its decks; a single run makes its own and closes it. */
export interface RunContext {
  report?: Reporter
  /** Chromium, launched once on first use and left open. */
  browser?: () => Promise<Browser>
  /** Warm Slidev build workers, made on first use and left running. */
  builders?: () => BuilderPool
}

export interface DeckResult {
  paths: DeckPaths
  title: string
  slides: number
  /** Nothing changed since the last good run: the outputs were kept. */
  unchanged: boolean
}

export async function runDeck(options: DeckOptions, context: RunContext = {}): Promise<DeckResult> {
  const started = performance.now()
  const report = context.report ?? STDERR
  const inputs = await readInputs(options, report)
  const { paths, root } = inputs
  const lock = await lockFolder(root, { onWait: holder => report.step(`waiting for another run (PID ${holder.pid}) to finish writing into ${root}…`) })
  try {
    const last = await readStamp(paths.stamp)
    const outputs = outputsOf(paths, options.formats)
    if (!options.force && last?.stamp === inputs.stamp && [...outputs, ...last.files.map(file => join(root, file))].every(path => existsSync(path))) {
      report.step(`nothing changed since the last run (article, options and code are the same); outputs kept: ${outputs.join(', ')} (--force rebuilds)`)
      return { paths, title: last.title, slides: last.slides, unchanged: true }
    }
    // The build worker starts loading Slidev now, while the deck is planned.
    const builders = needsBuild(options.formats) ? context.builders?.() ?? new BuilderPool(1) : undefined
    // Its own worker, when it would exit (no build server), is let go once the deck is built, so that its 600–800 MB
    // are not held while Chromium prints; a build server at the end of the run.
    const afterBuild = context.builders ? undefined : () => builders?.releaseIfExiting()
    try {
      return await makeOutputs(await planDeck(inputs, options, report, context.builders ? undefined : builders), options, { report, browser: context.browser, builders, afterBuild }, started)
    } finally {
      if (!context.builders) builders?.close()
    }
  } finally {
    await lock.release()
  }
}

/** What decides a run's outputs, read before anything is generated, and its stamp. */
interface DeckInputs {
  paths: DeckPaths
  /** The deck's folder, where slides.md is. */
  root: string
  source: string
  images: DeckImage[]
  generate: GenerateOptions
  stamp: string
}

async function readInputs(options: DeckOptions, report: Reporter): Promise<DeckInputs> {
  const source = await readArticle(options.article, options.maxBytes)
  const paths = deckPaths(options.out)
  const images = await articleCopies(source, options, report)
  const generate = { ...generateOptions(options), images: imageMap(images) }
  // The generator is pure, so the article, the options and the images' bytes (named by their hash) decide
  // slides.md: an unchanged run is found without generating.
  const stamp = await buildStamp(PROJECT_ROOT, source, {
    generate: { ...generate, images: [...generate.images] },
    formats: [...options.formats].sort(),
    public: options.public,
    base: options.base,
    check: options.check,
    maxSlides: options.maxSlides,
  })
  return { paths, root: dirname(paths.slides), source, images, generate, stamp }
}

/** What the article becomes before anything is written: the plan, slides.md and the pictures it shows. */
interface PlannedDeck extends DeckInputs {
  plan: DeckPlan
  markdown: string
  render: RenderOptions
  pictures: string[]
  copies: DeckImage[]
  /** Planned by the build server, which runs this code: it opens the built deck in its Chromium too. */
  inServer: boolean
}

async function planDeck(inputs: DeckInputs, options: DeckOptions, report: Reporter, builders?: BuilderPool): Promise<PlannedDeck> {
  // A warm build server plans the deck with its generator loaded; here, the generator's word taggers take ≈ 0.7 s
  // to start (a batch's own process is warm after its first deck, so it passes no builders).
  const planned = await builders?.use(builder => builder.generate(inputs.source, inputs.generate))
  const { plan, markdown, warnings } = planned ?? (await import('../generate.ts')).generateDeck(inputs.source, inputs.generate)
  for (const warning of warnings) report.warn(warning)
  const pictures = plan.slides.flatMap(slide => slide.kind === 'image' ? [slide.picture] : [])
  const copies = inputs.images.filter(image => pictures.includes(image.deckPath))
  if (plan.slides.length > options.maxSlides) {
    throw new DeckError(`the article makes ${plan.slides.length} slides, over the limit of ${options.maxSlides}; split it into several articles or raise --max-slides`)
  }
  report.step(`${plan.slides.length} slides planned from ${options.article}${planned ? ' in the build server' : ''}`)
  return { ...inputs, plan, markdown, render: { accent: inputs.generate.accent, theme: inputs.generate.theme }, pictures, copies, inServer: planned !== undefined }
}

/** Everything after planning, with the output folder locked. */
/** What makeOutputs works with: the run's reporter, Chromium when shared, the build workers (when it builds). */
interface MakeContext {
  report: Reporter
  browser?: () => Promise<Browser>
  builders?: BuilderPool
  afterBuild?: () => void
}

async function makeOutputs(deck: PlannedDeck, options: DeckOptions, context: MakeContext, started: number): Promise<DeckResult> {
  const { paths, root: deckRoot, plan, markdown, render, pictures, copies, stamp } = deck
  const { report } = context
  const outputs = outputsOf(paths, options.formats)
  const wants = (needs: Needs) => options.formats.some(format => FORMATS[format].needs === needs)
  const built = needsBuild(options.formats)
  const opened = built && (wants('page') || options.check)
  // A build server that planned the deck opens it in its warm Chromium once it is built: this run then loads
  // neither Playwright nor Chromium, whose ≈ 1 s of CPU competed with the build on two cores.
  const inServer = opened && deck.inServer
  const where = inServer ? 'Chromium in the build server' : 'Chromium'

  const staging = new Staging()
  const timer = new StepTimer(report.step)
  // Playwright, the printing code (≈ 0.7 s to load) and Chromium's launch: a run that builds starts them once
  // Slidev is building, so they hide in the build's time; a skipped run never loads them.
  let chromium: Promise<Chromium> | undefined
  /** `launch`: the browser too, not only its path (for Slidev's exporter). */
  const startChromium = (launch: boolean) => {
    chromium ??= loadChromium(launch, context.browser)
    chromium.catch(() => {}) // awaited after the build; this only keeps an early failure from being unhandled
    return chromium
  }
  const preparePage = () => startChromium(true).then(({ browser, prepareDeckPage }) => prepareDeckPage({ browser: browser! }))
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
      // Chromium's page for the deck is made while Slidev builds it.
      let page: Promise<DeckPage> | undefined
      try {
        await timer.time('build', `building the web deck${options.public ? ' without notes' : ''} (slidev build)…`, () => {
          const building = context.builders!.use(builder => builder.build(entry, dist, { withoutNotes: options.public, base: options.base }))
          if (opened && !inServer) page = preparePage()
          page?.catch(() => {}) // awaited after the build; this only keeps an early failure from being unhandled
          return building
        })
      } catch (error) {
        await page?.then(prepared => prepared.close(), () => {})
        throw error
      }
      context.afterBuild?.()
      // Slidev copies all of public/ into the build: earlier runs' images are not published.
      await pruneCopies(join(dist, IMAGES.folder), pictures)
      if (opened) {
        const printed = formatsNeeding(options.formats, 'page')
        const jobs = await Promise.all(printed.map(([format]) => job(format)))
        // One page load for every step; the first step waits for it, so its time counts there.
        const openHere = (prepared: Promise<DeckPage>) => prepared.then(page => page.open(dist, plan.slides.length))
        const opening = inServer
          ? context.builders!.use(builder => builder.openDeck(dist, plan.slides.length)).then(deck => deck ?? openHere(preparePage()))
          : openHere(page!)
        try {
          if (options.check) await timer.time('check', `checking that every slide fits (${where})…`, async () => checkFits(await opening, report))
          if (printed.length > 0) {
            await timer.time('print', `printing ${listed(printed.map(([, row]) => row.what))}…`, async () => {
              const deck = await opening
              // All settled before a failure is reported: none may write its staged file after the run discarded it.
              const made = await Promise.allSettled(printed.map(([, row], i) => row.make({ ...jobs[i], deck })))
              const failed = made.find(result => result.status === 'rejected')
              if (failed) throw failed.reason
            })
          }
        } finally {
          await opening.then(deck => deck.close()).catch(() => {})
        }
      }
    }
    for (const [format, row] of formatsNeeding(options.formats, 'slidev')) {
      const { path } = await startChromium(false)
      await timer.time(format, `exporting ${row.what} (slidev export)…`, async () => row.make({ ...await job(format), chromium: path }))
    }
    await staging.writeFile(paths.stamp, stampText({ stamp, title: plan.title, slides: plan.slides.length, files: pictures.map(picture => relative(deckRoot, copyFile(deckRoot, picture))) }))
    await staging.commit()
    await pruneCopies(copiesFolder(deckRoot), pictures)
  } catch (error) {
    await staging.discard()
    throw error
  } finally {
    if (!context.browser) await chromium?.then(({ browser }) => browser?.close(), () => {})
  }
  report.step(`done in ${seconds(started)} (${timer}) → ${outputs.join(', ')}`)
  return { paths, title: plan.title, slides: plan.slides.length, unchanged: false }
}

/** Chromium for a run: its path (Slidev's exporter is handed it), the browser when pages are opened, and the code that opens them. */
interface Chromium {
  path: string
  browser?: Browser
  prepareDeckPage: typeof import('../export/exported-deck.ts').prepareDeckPage
}

async function loadChromium(launch: boolean, shared: RunContext['browser']): Promise<Chromium> {
  const { findChromium, launchChromium } = await import('../export/chromium.ts')
  const { prepareDeckPage } = await import('../export/exported-deck.ts')
  const path = findChromium()
  return { path, browser: launch ? await (shared?.() ?? launchChromium(path)) : undefined, prepareDeckPage }
}

/** Whether these formats need the web build: the web deck itself, or a page printed from it. */
function needsBuild(formats: readonly Format[]): boolean {
  return formats.some(format => FORMATS[format].needs === 'build' || FORMATS[format].needs === 'page')
}

/** The article's images the deck can carry (files next to it; downloads with --fetch-images); a warning line for each one skipped. */
async function articleCopies(source: string, options: DeckOptions, report: Reporter): Promise<DeckImage[]> {
  const { images, warnings } = await collectImages(articleImages(parseArticle(source)), { articleDir: dirname(resolve(options.article)), fetch: options.fetchImages })
  for (const warning of warnings) report.warn(warning)
  return images
}

/** Every slide measured in Chromium: a deck whose text runs off a slide is not a good output. */
async function checkFits(deck: ExportedDeck, reporter: Reporter): Promise<void> {
  const report = await deck.checkOverflow()
  const overflowing = overflowingSlides(report)
  if (overflowing.length === 0) return
  reporter.detail(formatOverflowReport(report))
  throw new DeckError(`slides ${overflowing.join(', ')} overflow (report above); please report the article that caused it, or use --skip-check`)
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
