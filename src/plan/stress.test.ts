import { describe, expect, it } from 'vitest'
import { stressArticle } from '../../tests/stress.ts'
import { blockPlainText, parseArticle } from '../parse/article.ts'
import { planDeck } from './plan.ts'

describe('the stress article', () => {
  const article = parseArticle(stressArticle())
  const plan = planDeck(article)
  const compact = (text: string) => text.replace(/\s+/g, '')
  const notes = compact(plan.slides.flatMap(s => s.notes).join(''))

  it('loses no text: whatever a slide shortens is whole in some slide\'s notes', () => {
    const texts = [
      article.title,
      article.lede,
      ...article.highlights,
      ...article.sections.flatMap(s => s.blocks.map(blockPlainText)),
      ...article.dialogue.map(t => `${t.speaker}: ${t.text}`),
    ]
    for (const text of texts) expect(notes.includes(compact(text)), text.slice(0, 60)).toBe(true)
  })

  it('continues long parts on more slides', () => {
    expect(plan.slides.filter(s => s.kind === 'highlights').length).toBeGreaterThan(4)
    expect(plan.slides.filter(s => s.kind === 'section' && s.title.startsWith('六千字的一节')).length).toBeGreaterThan(1)
    expect(plan.slides.filter(s => s.kind === 'quote')).toHaveLength(40)
  })
})
