import { readFileSync, writeFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser/core'
import { describe, expect, it } from 'vitest'
import { markdownText } from '../escape.ts'
import { generateDeck } from '../generate.ts'
import { KINDS } from '../kinds/index.ts'
import { withBreakHints } from './line-breaks.ts'

/** Golden files: the article beside its expected slides.md. `UPDATE_GOLDEN=1 npx vitest run src/render` rewrites them. */
const GOLDEN = [
  { article: '../../articles/deepseek-nvidia.md', slides: '../../slides.md' },
  { article: '../../tests/fixtures/english.md', slides: '../../tests/fixtures/english.slides.md' },
]

describe.each(GOLDEN)('slides.md for $article', ({ article, slides }) => {
  const { plan, markdown } = generateDeck(readFileSync(new URL(article, import.meta.url), 'utf8'))
  if (process.env.UPDATE_GOLDEN) writeFileSync(new URL(slides, import.meta.url), markdown)

  it('matches the committed golden file (run npm run deck, or UPDATE_GOLDEN=1, when the generator changes)', () => {
    expect(markdown).toBe(readFileSync(new URL(slides, import.meta.url), 'utf8'))
  })

  it('parses with Slidev into the planned slides: one layout per kind, titles, props and notes', () => {
    const parsed = parseSync(markdown, 'slides.md').slides
    expect(parsed).toHaveLength(plan.slides.length)
    parsed.forEach((slide, i) => {
      const planned = plan.slides[i]
      expect(slide.frontmatter.layout).toBe(planned.kind)
      expect(Boolean(slide.note)).toBe(planned.notes.length > 0)
      const shown = (text: string) => withBreakHints(text, plan.locale)
      // The cover's title is the headmatter's (the deck's title, for the browser tab).
      expect(slide.title).toBe(i === 0 ? plan.title : markdownText(shown(planned.shownTitle)))
      const { props } = (KINDS[planned.kind].render as (s: typeof planned, sh: typeof shown) => { props: Record<string, unknown> })(planned, shown)
      for (const [name, value] of Object.entries(props)) expect(slide.frontmatter[name]).toEqual(value)
    })
  })
})

describe('every slide kind', () => {
  it('has a Slidev layout of its own name in layouts/', () => {
    for (const kind of Object.keys(KINDS)) expect(() => readFileSync(new URL(`../../layouts/${kind}.vue`, import.meta.url))).not.toThrow()
  })
})

describe('a deck written outside the project', () => {
  it('names the project as an addon so it still gets the components and layouts', () => {
    const { markdown } = generateDeck('# T\n\nText.', { addonRoot: '/opt/deck' })
    expect(parseSync(markdown, 'slides.md').slides[0].frontmatter.addons).toEqual(['/opt/deck'])
  })
})
