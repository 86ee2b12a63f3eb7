/** Shared by the end-to-end suites: run the CLI as a user would, read PDFs back, open decks in Chromium. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { findChromium, launchChromium as launchBrowser } from '../src/build/chromium.ts'
import { PROJECT_ROOT } from '../src/cli/deck.ts'

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')

export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(TSX, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  })
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
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

/** The PDF's text with all white space removed, so words that wrapped still match. */
export function pdfTextCompact(path: string): string {
  return spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.replace(/\s+/g, '')
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
