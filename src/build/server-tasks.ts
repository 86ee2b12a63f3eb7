/**
 * What the build server does for a run besides building, with the code of the run that started it: launch.mjs
 * bundles this file as an entry of its own, and ./slidev-worker.mjs loads it and calls `runTask`. The server plans
 * the run's deck with its warm generator, and opens the built deck in its warm Chromium for the run to check and
 * print. The run then loads neither the generator's word taggers nor Playwright and Chromium: ≈ 1.5 s of CPU,
 * which on two cores competed with the build. Arguments and results are v8-serialized (the generator's options
 * hold a Map, prints are bytes), in base64; the run writes every file itself.
 */
import { deserialize, serialize } from 'node:v8'
import type { Browser } from 'playwright-chromium'
import { DeckError } from '../errors.ts'
import { findChromium, launchChromium } from '../export/chromium.ts'
import { prepareDeckPage, type DeckPage, type ExportedDeck } from '../export/exported-deck.ts'
import { callDeck, type DeckCall } from '../export/served-deck.ts'
import { generateDeck, warmUp as warmUpGenerator, type GenerateOptions } from '../generate.ts'

/** Chromium at `path`, launched once and kept while the server lives; another path (a run's CHROME_PATH) replaces it. */
let chromium: { path: string, browser: Promise<Browser> } | undefined
/** A page made while the server waits, for the next run's deck: ≈ 0.2 s of that run's check otherwise. */
let spare: { browser: Browser, page: Promise<DeckPage> } | undefined
/** The deck of the run the server serves now: one at a time. */
let open: ExportedDeck | undefined
/** Whether the generator's word taggers are loaded: once per server, not after every run. */
let generatorWarm = false

async function browserAt(path: string): Promise<Browser> {
  const kept = chromium?.path === path ? await chromium.browser.catch(() => undefined) : undefined
  if (kept?.isConnected()) return kept
  chromium?.browser.then(browser => browser.close()).catch(() => {})
  chromium = { path, browser: launchChromium(path) }
  return chromium.browser
}

/** The spare page when it is in the Chromium at `path`, else a new one. */
async function deckPage(path: string): Promise<DeckPage> {
  const browser = await browserAt(path)
  const kept = spare
  spare = undefined
  const page = kept?.browser === browser ? await kept.page.catch(() => undefined) : undefined
  if (page) return page
  closePage(kept?.page)
  return prepareDeckPage({ browser })
}

async function prepareSpare(path: string): Promise<void> {
  const browser = await browserAt(path)
  if (spare?.browser !== browser) {
    closePage(spare?.page) // of a Chromium that was replaced: its loopback server is still open
    spare = { browser, page: prepareDeckPage({ browser }) }
  }
  await spare.page
}

function closePage(page: Promise<DeckPage> | undefined): void {
  page?.then(page => page.close()).catch(() => {})
}

async function closeDeck(): Promise<void> {
  const deck = open
  open = undefined
  await deck?.close()
}

const TASKS = {
  generate: ([source, options]: [string, GenerateOptions]) => generateDeck(source, options),
  /** Opens the deck built in `distDir` with the run's CHROME_PATH; returns its slide count. */
  async openDeck([distDir, expectedSlides, chromePath]: [string, number, string | undefined]): Promise<number> {
    await closeDeck()
    open = await (await deckPage(findChromium({ CHROME_PATH: chromePath }))).open(distDir, expectedSlides)
    return open.slides
  },
  async deck(call: DeckCall): Promise<unknown> {
    if (!open) throw new Error('no deck is open in the build server')
    if (call[0] === 'close') return closeDeck()
    return callDeck(open, call)
  },
}

export type ServerTasks = typeof TASKS
export type TaskName = keyof ServerTasks

export type TaskReply = { ok: true, payload: string } | { ok: false, error: string, /** a DeckError: the run reports it as its own */ expected: boolean }

export async function runTask(name: string, payload: string): Promise<TaskReply> {
  try {
    if (!Object.hasOwn(TASKS, name)) throw new Error(`the build server has no task ${name}`)
    const task = TASKS[name as TaskName] as (args: unknown) => unknown
    return { ok: true, payload: serialize(await task(deserialize(Buffer.from(payload, 'base64')))).toString('base64') }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), expected: error instanceof DeckError }
  }
}

/**
 * The run the server served has left: its deck is closed (Chromium stays), and the server gets ready for the next
 * run while it waits: both word taggers loaded, Chromium started and a spare page made.
 */
export async function released(): Promise<void> {
  await closeDeck()
  if (!generatorWarm) {
    warmUpGenerator()
    generatorWarm = true
  }
  await prepareSpare(chromium?.path ?? findChromium())
}
