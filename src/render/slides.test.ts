import { readFileSync, writeFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser/core'
import { describe, expect, it } from 'vitest'
import { markdownText } from '../escape.ts'
import { generateDeck } from '../generate.ts'

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

  it('parses with Slidev into the planned slides, titles and notes', () => {
    const parsed = parseSync(markdown, 'slides.md').slides
    expect(parsed).toHaveLength(plan.slides.length)
    parsed.forEach((slide, i) => {
      expect(slide.frontmatter.layout).toBeTruthy()
      expect(Boolean(slide.note)).toBe(plan.slides[i].notes.length > 0)
      if (plan.slides[i].kind !== 'quote') expect(slide.title).toBe(markdownText(plan.slides[i].shownTitle))
    })
  })
})

describe('a deck written outside the project', () => {
  it('names the project as an addon so it still gets the components', () => {
    const { markdown } = generateDeck('# T\n\nText.', { addonRoot: '/opt/deck' })
    expect(parseSync(markdown, 'slides.md').slides[0].frontmatter.addons).toEqual(['/opt/deck'])
  })
})
