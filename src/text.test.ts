import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { detectLang, displayWidth, leadingRun, leadingSentences, splitSentences, truncateWords } from './text.ts'

describe('displayWidth', () => {
  it('agrees with string-width on every character of the Basic Multilingual Plane', () => {
    const mismatches: string[] = []
    for (let code = 0x20; code <= 0xFFFF; code++) {
      if (code >= 0xD800 && code <= 0xDFFF) continue
      const char = String.fromCodePoint(code)
      if (displayWidth(char) !== stringWidth(char)) mismatches.push(code.toString(16))
    }
    expect(mismatches).toEqual([])
  })

  it('counts CJK as two columns and Latin as one, emoji included', () => {
    expect(displayWidth('中国AI')).toBe(6)
    expect(displayWidth('“黑色星期一”')).toBe(12)
    expect(displayWidth('a😀')).toBe(3)
  })
})

describe('sentences and truncation', () => {
  it('splits Chinese with ASCII punctuation and English sentences', () => {
    expect(splitSentences('第一句,还在第一句。第二句?', 'zh')).toEqual(['第一句,还在第一句。', '第二句?'])
    expect(splitSentences('One. Two? Three!', 'en')).toEqual(['One.', 'Two?', 'Three!'])
    // ICU ends a sentence at any `Mr.`: titles, e.g., the U.S. and initials run on.
    expect(splitSentences('"Hey, Mr. Smith, you manage $5 billion." Then John F. Kennedy spoke, e.g. about the U.S. economy. Next.', 'en'))
      .toEqual(['"Hey, Mr. Smith, you manage $5 billion."', 'Then John F. Kennedy spoke, e.g. about the U.S. economy.', 'Next.'])
  })

  it('cuts at word boundaries within the column budget, and inside a word only when it must', () => {
    expect(truncateWords('alpha beta gamma delta', 12, 'en')).toBe('alpha beta…')
    expect(truncateWords('x'.repeat(50), 10, 'en')).toBe(`${'x'.repeat(9)}…`)
    expect(displayWidth(truncateWords('中文'.repeat(40), 21, 'zh'))).toBeLessThanOrEqual(21)
  })

  it('keeps whole leading sentences that fit', () => {
    expect(leadingSentences('One two. Three four. Five six.', 20, 'en')).toBe('One two. Three four.')
    expect(leadingSentences('A very long first sentence indeed.', 10, 'en')).toBe('A very…')
  })

  it('tells Chinese from English by the share of Han characters', () => {
    expect(detectLang('DeepSeek的AI如何让Nvidia市值蒸发')).toBe('zh')
    expect(detectLang('Nvidia lost a record amount of market value on Monday (市值).')).toBe('en')
  })
})

describe('leadingRun', () => {
  it('joins sentences from the first while the run fits, Chinese without spaces', () => {
    expect(leadingRun(['One.', 'Two.', 'Three.'], 'en', run => run.length <= 9)).toBe('One. Two.')
    expect(leadingRun(['一。', '二。'], 'zh', () => true)).toBe('一。二。')
    expect(leadingRun(['Too long.'], 'en', () => false)).toBe('')
  })
})
