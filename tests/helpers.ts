/** Shared by the end-to-end suites: run the CLI as a user would, read PDFs back, open decks in Chromium. */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsqr from 'jsqr'
import type { Browser } from 'playwright-chromium'
import { findChromium, launchChromium as launchBrowser } from '../src/export/chromium.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

/**
 * `npm run <command>` without npm: Node on the launcher users run, not tsx, whose signal relay SIGKILLs a child
 * that takes over 30 ms to acknowledge a signal (a busy machine), which would hide our own interrupt handling.
 */
const LAUNCH = join(PROJECT_ROOT, 'scripts', 'launch.mjs')
export type CliCommand = 'deck' | 'dev' | 'check' | 'present'

export function runCli(command: CliCommand, args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [LAUNCH, command, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  })
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** The same, running in the background: for tests that watch its output or signal it. */
export function spawnCli(command: CliCommand, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [LAUNCH, command, ...args], { cwd: PROJECT_ROOT })
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `deck-${prefix}-`))
}

/** Writes an article into a fresh folder and returns its path. */
export function writeArticle(name: string, text: string): string {
  const path = join(tempDir(name), `${name}.md`)
  writeFileSync(path, text)
  return path
}

export function pdfPages(path: string): number {
  const out = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? Number.NaN)
}

/** The PDF's text with all white space (and the zero-width marks of where a Chinese line may break) removed, so words that wrapped still match. */
export function pdfTextCompact(path: string): string {
  return spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.replace(/[\s\u200B]+/g, '')
}

/**
 * The QR code on a PDF page, decoded as a phone would read a print of it: poppler renders the page to grey pixels
 * (PGM), jsqr finds and decodes the code. Undefined when no code is found.
 */
export function pdfQrCode(path: string, page: number): string | undefined {
  const prefix = join(tempDir('qr'), 'page')
  spawnSync('pdftoppm', ['-gray', '-r', '150', '-f', String(page), '-l', String(page), '-singlefile', path, prefix])
  const pgm = readFileSync(`${prefix}.pgm`)
  // P5 header: magic, width, height, maximum value, each followed by white space; then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))!
  const [width, height] = [Number(header[1]), Number(header[2])]
  const grey = pgm.subarray(header[0].length)
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let i = 0; i < width * height; i++) rgba.fill(grey[i], i * 4, i * 4 + 3).fill(255, i * 4 + 3, i * 4 + 4)
  // jsqr's types describe its CommonJS module, whose `default` is the decoder.
  return jsqr.default(rgba, width, height)?.data
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

export function launchChromium(): Promise<Browser> {
  return launchBrowser(findChromium())
}

export const ENGLISH_ARTICLE = `# Chipmakers Face a Cheaper AI

> A new open model trained for a fraction of the usual cost shook the market on Monday.

## Highlights
- The model cost about $6 million to train, a tiny share of rivals' budgets.
- Nvidia lost nearly $600 billion in market value, a drop of 17%.
- Analysts expect software makers to gain as AI gets 10x cheaper.

## A Shock to the Market
Investors sold chip stocks after the release. Nvidia fell 17% in one day, erasing about $600 billion of value. It was the largest one-day loss for any company in history.

Other chipmakers followed. Broadcom dropped 12% and the Nasdaq fell 3.1%.

## What Changes for Software
Cheaper models let software companies add AI features without huge hardware bills. Microsoft said it would still spend $80 billion on data centers this year.

## Transcript
Jane Doe: Is this the end of the GPU boom? I doubt it, because demand rises when prices fall.

John Smith: The cost of a query dropped by 90%. That changes who captures the value.

Source: https://example.com/news/chips
`

export const PLAIN_POST = `# Notes from a Weekend of Gardening

I spent the weekend planting tomatoes and beans. The soil was dry, so I watered twice a day.

By Sunday the first shoots were up. Twelve of the 20 seeds had sprouted.

Next year I will start earlier and use more compost. A neighbour told me that helps a lot.

Gardening is slow, and that is the point. It teaches patience better than any book.
`
