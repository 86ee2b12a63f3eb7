/** The command contract: exit codes, one-line errors, skipped unchanged runs, and failed runs that change nothing. */
import { createHash } from 'node:crypto'
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ENGLISH_ARTICLE, runCli, tempDir, writeArticle } from './helpers.ts'

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter(line => line.startsWith('error:'))
}

describe('bad input and usage', () => {
  it('exits 1 with one error line for a missing article', () => {
    const result = runCli('deck.ts', ['/nonexistent/article.md', '--out', tempDir('cli')])
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toEqual(['error: cannot read /nonexistent/article.md: no such file; give the path of a Markdown article'])
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/) // no stack trace
  })

  it('refuses an article that makes more slides than the limit, before building anything', () => {
    const dir = tempDir('cap')
    const result = runCli('deck.ts', [writeArticle('cap', ENGLISH_ARTICLE), '--out', dir, '--max-slides', '3'])
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toEqual(['error: the article makes 7 slides, over the limit of 3; split it into several articles or raise --max-slides'])
    expect(readdirSync(dir)).toEqual([])
  })

  it('exits 2 with the usage for unknown options and values', () => {
    for (const args of [['--lang', 'fr'], ['--formats', 'gif'], ['--bogus'], ['--duration', '-3']]) {
      const result = runCli('deck.ts', args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(errorLines(result.stderr)).toHaveLength(1)
      expect(result.stderr).toContain('usage: npm run deck')
    }
  })
})

describe('outputs of a failed run', () => {
  const dir = tempDir('atomic')
  const article = writeArticle('atomic', ENGLISH_ARTICLE)
  const fingerprint = () => ['slides.md', 'deck.pdf', 'dist/index.html'].map(f => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'))
  let before: string[]

  beforeAll(() => {
    const first = runCli('deck.ts', [article, '--out', dir, '--formats', 'web,pdf'])
    expect(first.status).toBe(0)
    before = fingerprint()
  })

  it('skips a run where nothing changed, and says so', () => {
    const again = runCli('deck.ts', [article, '--out', dir, '--formats', 'web,pdf'])
    expect(again.status).toBe(0)
    expect(again.stderr).toContain('nothing changed since the last run')
    expect(fingerprint()).toEqual(before)
  })

  it('leaves slides.md, dist/ and the PDF as they were when Chromium fails, and no staging files behind', () => {
    writeFileSync(article, ENGLISH_ARTICLE.replace('A Shock to the Market', 'A Changed Heading'))
    const fake = join(tempDir('chrome'), 'chromium')
    writeFileSync(fake, '#!/bin/sh\nexit 1\n')
    chmodSync(fake, 0o755)
    const result = runCli('deck.ts', [article, '--out', dir, '--formats', 'web,pdf'], { CHROME_PATH: fake })
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toHaveLength(1)
    expect(errorLines(result.stderr)[0]).toMatch(/^error: could not start Chromium/)
    expect(fingerprint()).toEqual(before)
    expect(readdirSync(dir).filter(name => /\.(next|old)-\d+/.test(name))).toEqual([])
  })

  it('leaves them as they were for an empty article or a missing Chromium', () => {
    writeFileSync(article, '  \n\n ')
    expect(runCli('deck.ts', [article, '--out', dir]).status).toBe(1)
    writeFileSync(article, ENGLISH_ARTICLE.replace('A Shock to the Market', 'Another Heading'))
    const missing = runCli('deck.ts', [article, '--out', dir], { CHROME_PATH: '/nonexistent/chromium' })
    expect(missing.status).toBe(1)
    expect(errorLines(missing.stderr)).toEqual(['error: CHROME_PATH=/nonexistent/chromium is not an executable file; point it at Chromium or unset it'])
    expect(fingerprint()).toEqual(before)
  })
})
