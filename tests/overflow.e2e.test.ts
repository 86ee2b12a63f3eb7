/**
 * The overflow check must be able to fail: decks built from tests/fixtures/overflow, one that fits and one with
 * slides too long, too wide and clipping their text, measured in Chromium through the API and through `npm run check`.
 */
import { spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExportedDeck } from '../src/export/exported-deck.ts'
import { SLIDEV_BIN } from '../src/build/slidev.ts'
import { formatOverflowReport, type Overflow, type OverflowReport } from '../src/check/overflow.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { DeckError } from '../src/errors.ts'
import { launchChromium, runCli, tempDir } from './helpers.ts'

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'overflow')

/** Builds both fixture decks in one Slidev run, from a copy so no build output lands in the repo: DIR/dist/<name>/. */
function buildFixtures(): string {
  const dir = tempDir('overflow')
  cpSync(FIXTURES, dir, { recursive: true })
  const result = spawnSync(process.execPath, [SLIDEV_BIN, 'build', 'fine.md', 'overflowing.md', '--out', 'dist'], { cwd: dir, encoding: 'utf8' })
  expect(result.status, result.stderr).toBe(0)
  return join(dir, 'dist')
}

/** The first `slides` slides of a built deck (all by default), measured as they print. */
async function checkOverflow(distDir: string, slides?: number): Promise<OverflowReport> {
  const deck = await openExportedDeck({ distDir, browser })
  try {
    return await deck.checkOverflow(slides)
  } finally {
    await deck.close()
  }
}

function onSlide(report: OverflowReport, slide: number): Omit<Overflow, 'slide'>[] {
  return report.overflows.filter(o => o.slide === slide).map(({ slide: _, ...rest }) => rest)
}

let browser: Browser
let dist: string
beforeAll(async () => {
  dist = buildFixtures()
  browser = await launchChromium()
})
afterAll(async () => { await browser?.close() })

describe('the overflow check on the exported deck', () => {
  it('finds nothing in a deck that fits, hidden oversized elements included', async () => {
    const report = await checkOverflow(join(dist, 'fine'))
    expect(report).toEqual({ slides: 2, overflows: [] })
    expect(formatOverflowReport(report)).toBe('checked 2 slides: 0 overflowing')
  })

  describe('on a deck with a long, a wide and a clipping slide', () => {
    let report: OverflowReport
    beforeAll(async () => { report = await checkOverflow(join(dist, 'overflowing')) })

    it('reports those slides and only them', () => {
      expect(report.slides).toBe(4)
      expect([...new Set(report.overflows.map(o => o.slide))]).toEqual([2, 3, 4])
    })

    it('reports sixty bullets as a list below the canvas and a layout that clips them', () => {
      const found = onSlide(report, 2)
      expect(found).toHaveLength(2)
      const [clipped, outside] = found
      expect(clipped).toMatchObject({ element: 'div.slidev-layout.default', kind: 'clipped', overflowX: 0 })
      expect(outside).toMatchObject({ element: 'div.slidev-layout.default > ul', kind: 'outside', overflowX: 0 })
      expect(clipped.overflowY).toBeGreaterThan(1000)
      expect(outside.overflowY).toBe(clipped.overflowY)
    })

    it('reports a 1400 px box and a line of text that run past the right edge, in slide pixels', () => {
      const [clipped, box, line, ...rest] = onSlide(report, 3)
      // 56 px of layout padding + 1400 px of box − 980 px of canvas.
      expect(clipped).toEqual({ element: 'div.slidev-layout.default', kind: 'clipped', overflowX: 476, overflowY: 0 })
      expect(box).toEqual({ element: 'div.slidev-layout.default > div.too-wide', kind: 'outside', overflowX: 476, overflowY: 0 })
      expect(line).toMatchObject({ element: 'div.slidev-layout.default > p.nowrap', kind: 'outside', overflowY: 0 })
      expect(line.overflowX).toBeGreaterThan(50)
      expect(rest).toEqual([])
    })

    it('reports a box that hides its own text', () => {
      const found = onSlide(report, 4)
      expect(found).toEqual([expect.objectContaining({ element: 'div.slidev-layout.default > div.tight', kind: 'clipped', overflowX: 0 })])
      expect(found[0].overflowY).toBeGreaterThan(20)
    })

    it('checks only the first slides when told how many', async () => {
      expect(await checkOverflow(join(dist, 'overflowing'), 1)).toEqual({ slides: 1, overflows: [] })
      await expect(checkOverflow(join(dist, 'overflowing'), 9)).rejects.toThrow(DeckError)
    })
  })
})

describe('npm run check', () => {
  it('prints the report and exits 1 when slides overflow', () => {
    const result = runCli('check', [join(dist, 'overflowing')])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^slide 2: div\.slidev-layout\.default overflows by 0×\d{4} px \(clipped\)$/m)
    expect(result.stdout).toContain('slide 3: div.slidev-layout.default > div.too-wide overflows by 476×0 px (outside)')
    expect(result.stdout).toMatch(/^slide 4: div\.slidev-layout\.default > div\.tight overflows by 0×\d+ px \(clipped\)$/m)
    expect(result.stdout).toContain('checked 4 slides: 3 overflowing\n')
    expect(result.stderr).toMatch(/^error: 3 slides overflow; see the report above$/m)
    expect(result.stderr).toMatch(/^check: .* in \d+\.\d s$/m)
  })

  it('exits 0 on a deck that fits, given the folder that holds its dist/', () => {
    const out = tempDir('overflow-out')
    cpSync(join(dist, 'fine'), join(out, 'dist'), { recursive: true })
    const result = runCli('check', [out])
    expect(result.stderr).not.toMatch(/^error:/m)
    expect(result.status).toBe(0)
    // Slidev's default layouts are held to no design of ours: only the overflow check applies.
    expect(result.stdout).toContain('checked 2 slides: 0 overflowing\n')
    expect(result.stdout).toContain('0 design failures')
    expect(result.stdout).toContain('0 serious or critical accessibility violations')
  })

  it('says so when the folder holds no built deck', () => {
    const result = runCli('check', [tempDir('overflow-empty')])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^error: .* has no built deck/m)
  })
})
