import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from './front-matter.ts'

describe('splitFrontMatter', () => {
  it('reads YAML between --- lines and TOML between +++ lines', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\nBody')).toEqual({ data: { title: 'A' }, body: 'Body' })
    const toml = splitFrontMatter('+++\ntitle = "B"\nauthors = ["X"]\n[extra]\nn = 1\n+++\n\nBody')
    expect({ ...toml.data }).toEqual({ title: 'B', authors: ['X'], extra: { n: 1 } })
    expect(toml.body).toBe('\nBody')
  })

  it('reads Ziggy string fields (.title = "…") and leaves nested values', () => {
    const { data, body, warning } = splitFrontMatter('---\n.title = "Zig \\"news\\"",\n.custom = {\n  "x": "y",\n}\n---\nBody')
    expect(data).toEqual({ title: 'Zig "news"' })
    expect([body, warning]).toEqual(['Body', undefined])
  })

  it('reads a first paragraph of Title:/Date: lines (Pelican) only when it names a title', () => {
    expect(splitFrontMatter('Title: Weekly 665\nDate: 2026-08-19\n\nHello.')).toEqual({ data: { Title: 'Weekly 665', Date: '2026-08-19' }, body: 'Hello.' })
    expect(splitFrontMatter('Note: this is text.\n\nHello.').body).toBe('Note: this is text.\n\nHello.')
  })

  it('skips a leading block that is neither, with a warning naming its lines', () => {
    expect(splitFrontMatter('---\n- a list\n---\nBody')).toEqual({ data: {}, body: 'Body', warning: 'skipped the front matter (lines 1–3): it is not valid YAML' })
    expect(splitFrontMatter('+++\nnot = toml = at all\n+++\nBody').warning).toBe('skipped the front matter (lines 1–3): it is not valid TOML')
  })

  it('leaves a thematic break with text under it, and skips an empty block silently', () => {
    expect(splitFrontMatter('---\n\n# Title\n\n---\nBody').body).toBe('---\n\n# Title\n\n---\nBody')
    expect(splitFrontMatter('---\n---\nBody')).toEqual({ data: {}, body: 'Body' })
  })
})
