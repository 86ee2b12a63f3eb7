import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors.ts'
import { expandArticles, indexHtml, shardOf, withNames } from './batch.ts'

describe('shardOf', () => {
  const list = Array.from({ length: 11 }, (_, i) => `a${String(i).padStart(2, '0')}.md`)

  it('splits the list into N consecutive parts that together are the list, each once', () => {
    for (const count of [1, 2, 3, 4, 11, 15]) {
      const parts = Array.from({ length: count }, (_, i) => shardOf(list, { index: i + 1, count }))
      expect(parts.flat(), `${count} parts`).toEqual(list)
      const sizes = parts.map(part => part.length)
      expect(Math.max(...sizes) - Math.min(...sizes), `${count} parts`).toBeLessThanOrEqual(1)
    }
  })

  it('gives the same part for the same K/N every time', () => {
    expect(shardOf(list, { index: 2, count: 3 })).toEqual(shardOf([...list], { index: 2, count: 3 }))
    expect(shardOf(list, { index: 2, count: 3 })).toEqual(['a04.md', 'a05.md', 'a06.md'])
    expect(shardOf(list, undefined)).toEqual(list)
  })
})

describe('expandArticles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-batch-'))
  mkdirSync(join(dir, 'posts'))
  for (const name of ['b.md', 'a.md', 'notes.txt', 'posts/c.md']) writeFileSync(join(dir, name), '# T\n')
  const rel = (paths: string[]) => paths.map(path => relative(dir, path))

  it('takes a folder\'s .md files, globs and files, each once, sorted by path', async () => {
    expect(rel(await expandArticles([dir]))).toEqual(['a.md', 'b.md'])
    expect(rel(await expandArticles([join(dir, 'posts', 'c.md'), `${dir}/*.md`, join(dir, 'a.md')]))).toEqual(['a.md', 'b.md', 'posts/c.md'])
    expect(rel(await expandArticles([`${dir}/**/*.md`]))).toEqual(['a.md', 'b.md', 'posts/c.md'])
  })

  it('keeps a named file that does not exist (its deck fails with the reason) but refuses a glob that matches nothing', async () => {
    expect(rel(await expandArticles([join(dir, 'missing.md')]))).toEqual(['missing.md'])
    await expect(expandArticles([`${dir}/*.rst`])).rejects.toThrow(UsageError)
    await expect(expandArticles([join(dir, 'posts', 'none')])).resolves.toHaveLength(1)
  })
})

describe('withNames', () => {
  it('names a deck after its file, and clashing ones after their folders too, then by number', () => {
    expect(withNames(['x/a.md', 'x/b c.md', 'y/深度.md', 'z/.hidden.md']).map(item => item.name)).toEqual(['a', 'b-c', '深度', 'hidden'])
    expect(withNames(['posts/one/index.md', 'posts/two/index.md', 'about.md']).map(item => item.name)).toEqual(['one-index', 'two-index', 'about'])
    expect(withNames(['a/x.md', 'a/X.md']).map(item => item.name)).toEqual(['x', 'X-2'])
  })
})

describe('indexHtml', () => {
  it('escapes the article\'s title and links only the formats made', () => {
    const html = indexHtml([{ article: 'a.md', name: 'a b', title: '<script>alert(1)</script> & "x"', slides: 7 }], ['web', 'handout'])
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<a href="a%20b/dist/">slides</a>')
    expect(html).toContain('<a href="a%20b/handout.pdf">handout</a>')
    expect(html).not.toContain('deck.pdf')
    expect(html).toContain('7 slides')
  })
})
