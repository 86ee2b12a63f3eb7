/** Finds a Chromium to print with: CHROME_PATH, Playwright's own build, then the system's. */
import { accessSync, constants } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser } from 'playwright-chromium'
import { CHROMIUM_CANDIDATES } from '../config.ts'
import { DeckError, firstLine } from '../errors.ts'
import { track } from '../build/interrupt.ts'

// Required as CommonJS, which it is: imported as ESM, Node first scans its modules for their exports (≈ 0.1 s).
const { chromium } = createRequire(import.meta.url)('playwright-chromium') as typeof import('playwright-chromium')

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH
    throw new DeckError(`CHROME_PATH=${env.CHROME_PATH} is not an executable file; point it at Chromium or unset it`)
  }
  const found = [chromium.executablePath(), ...CHROMIUM_CANDIDATES].find(isExecutable)
  if (found) return found
  throw new DeckError('no Chromium found; install it (as root: apt-get install -y chromium) or set CHROME_PATH')
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Starts headless Chromium; a failure is one DeckError line. An interrupted run closes it (./interrupt.ts). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  let browser: Browser
  try {
    // Playwright's own signal handlers would exit the process before the run discards its staged outputs.
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  } catch (error) {
    throw new DeckError(`could not start Chromium at ${executablePath}: ${firstLine(error)}`)
  }
  browser.on('disconnected', track(() => void browser.close()))
  return browser
}

/** Flags for headless Chromium on a machine with no network and, often, running as root. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
