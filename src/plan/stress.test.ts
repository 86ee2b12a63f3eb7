import { describe, expect, it } from 'vitest'
import { stressArticle } from '../../tests/stress.ts'
import { blockPlainText } from '../blocks.ts'
import { BUDGET } from '../config.ts'
import { parseArticle } from '../parse/article.ts'
import { planDeck } from './plan.ts'

describe('the stress article', () => {
  const article = parseArticle(stressArticle())
  const plan = planDeck(article)
  const compact = (text: string) => text.replace(/\s+/g, '')
  const notes = compact(plan.slides.flatMap(s => [s.title, ...s.notes]).join(''))

  it('loses no text: whatever no slide shows is whole in some slide\'s notes', () => {
    const texts = [article.title, article.lede, ...article.highlights, ...article.sections.flatMap(s => s.blocks.map(blockPlainText))]
    for (const text of texts) expect(notes.includes(compact(text)), text.slice(0, 60)).toBe(true)
  })

  it('stays a briefing: at most the slide budget, exchanges at most a third of it', () => {
    expect(plan.slides.length).toBeLessThanOrEqual(BUDGET.maxSlides)
    expect(plan.slides.filter(s => s.kind === 'exchange').length * 3).toBeLessThanOrEqual(plan.slides.length)
  })
})
