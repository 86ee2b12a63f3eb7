/**
 * The output formats, one row each: the file it writes, what it needs first and how it is made. The CLI's usage,
 * its output paths, the skip-unchanged check and the run's steps all come from this table, so a new format is
 * one row here plus its module (and its tests).
 *
 * What a format needs decides when it runs: `plan` formats need only the deck plan (no browser); `build` is the
 * web build itself; `page` formats are made from the build opened once in Chromium (./exported-deck.ts);
 * `slidev` formats go through Slidev's own exporter, which serves the deck itself and drives our Chromium.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RenderOptions } from '../render/slides.ts'
import type { DeckPlan } from '../types.ts'
import { slidevExport } from '../build/slidev.ts'
import type { ExportedDeck } from './exported-deck.ts'
import { checkPdf } from './pdf.ts'

export type Needs = 'plan' | 'build' | 'page' | 'slidev'

/** What a format's step is handed: the plan, where to write (a staged path) and what it needs. */
export interface Job {
  plan: DeckPlan
  output: string
  /** slides.md as staged, for Slidev's exporter. */
  entry: string
  /** The deck's own folder: pictures are under its `public/`. */
  deckDir: string
  render: RenderOptions
}

type Jobs = {
  plan: Job
  page: Job & { deck: ExportedDeck }
  slidev: Job & { chromium: string }
}

interface Row<N extends Needs> {
  /** The output's name: in the deck's folder (`place: 'deck'`) or beside the other exports. */
  file: string
  place: 'deck' | 'exports'
  needs: N
  /** Made when `--formats` is not given. */
  byDefault: boolean
  /** What it is, for `--help`. */
  help: string
  /** What it is called in the progress line (`printing the deck PDF and the handout…`). */
  what: string
}

/** The web build needs nothing to run: the build is its output. Every other row says how it is made. */
export type FormatRow = Row<'build'> | { [N in keyof Jobs]: Row<N> & { make(job: Jobs[N]): Promise<unknown> } }[keyof Jobs]

export const FORMATS = {
  web: { file: 'dist', place: 'deck', needs: 'build', byDefault: true, help: 'the web deck in dist/, presenter mode on', what: 'the web deck' },
  pdf: {
    file: 'deck.pdf', place: 'exports', needs: 'page', byDefault: true, help: 'one page per slide, titled, a bookmark per slide', what: 'the deck PDF',
    async make({ deck, output, plan }) {
      await writeFile(output, await deck.printDeck(plan))
      await checkPdf(output, plan.slides.length)
    },
  },
  handout: {
    file: 'handout.pdf', place: 'exports', needs: 'page', byDefault: true, help: 'A4: key figures and source, each slide above its notes, the transcript', what: 'the handout',
    make: async ({ deck, output, plan }) => writeFile(output, await deck.printHandout(plan)),
  },
  pptx: {
    file: 'deck.pptx', place: 'exports', needs: 'plan', byDefault: false, help: 'an editable PowerPoint deck with notes and native charts', what: 'the PowerPoint deck',
    // Loaded when asked for: pptxgenjs is half a second of every start otherwise.
    make: async ({ plan, output, render, deckDir }) => {
      const { pptxDeck } = await import('./pptx.ts')
      await writeFile(output, await pptxDeck(plan, { ...render, publicDir: join(deckDir, 'public') }))
    },
  },
  sheet: {
    file: 'contact-sheet.png', place: 'exports', needs: 'page', byDefault: false, help: 'every slide in one PNG grid', what: 'the contact sheet',
    make: async ({ deck, output }) => writeFile(output, await deck.printContactSheet()),
  },
  png: {
    file: 'slides-png', place: 'exports', needs: 'slidev', byDefault: false, help: 'one PNG per slide (Slidev\'s exporter)', what: 'PNG slides',
    make: ({ entry, output, chromium }) => slidevExport(entry, 'png', output, chromium),
  },
  'pptx-images': {
    file: 'deck-images.pptx', place: 'exports', needs: 'slidev', byDefault: false, help: 'a PowerPoint of slide pictures (Slidev\'s exporter)', what: 'a PowerPoint of slide pictures',
    make: ({ entry, output, chromium }) => slidevExport(entry, 'pptx', output, chromium),
  },
} as const satisfies Record<string, FormatRow>

export type Format = keyof typeof FORMATS

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[]
export const DEFAULT_FORMATS = FORMAT_NAMES.filter(name => FORMATS[name].byDefault)

/** The rows of `formats` that need `needs`, in the table's order. */
export function formatsNeeding<N extends Needs>(formats: readonly Format[], needs: N): [Format, Extract<FormatRow, { needs: N }>][] {
  return FORMAT_NAMES.filter(name => formats.includes(name) && FORMATS[name].needs === needs).map(name => [name, FORMATS[name] as Extract<FormatRow, { needs: N }>])
}
