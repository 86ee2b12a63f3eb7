/** Every stress article builds and every slide fits, measured in Chromium by `npm run check`. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempDir, writeArticle } from './helpers.ts'
import { stressArticle } from './stress.ts'

describe('the stress article (6,000-character section, 30 highlights, 200-character title, 40 turns, …)', () => {
  it('builds with no slide overflowing', () => {
    const dir = tempDir('stress')
    const deck = runCli('deck.ts', [writeArticle('stress', stressArticle()), '--out', dir, '--formats', 'web'])
    expect(deck.stderr).toContain('checking that every slide fits')
    expect(deck.stderr).not.toMatch(/^error:/m)
    expect(deck.status).toBe(0)
    const check = runCli('check.ts', [join(dir, 'dist')])
    expect(check.stdout).toMatch(/checked \d+ slides: 0 overflowing/)
    expect(check.status).toBe(0)
  })
})
