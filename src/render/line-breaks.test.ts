import { describe, expect, it } from 'vitest'
import { BREAK_HINT, withBreakHints } from './line-breaks.ts'

const phrases = (text: string) => withBreakHints(text, 'zh-CN').split(BREAK_HINT)

describe('withBreakHints', () => {
  it('never marks a break inside a figure or a word', () => {
    const parts = phrases('DeepSeek的AI如何让Nvidia市值蒸发5000亿美元')
    expect(parts.join('')).toBe('DeepSeek的AI如何让Nvidia市值蒸发5000亿美元')
    expect(parts.some(p => p.includes('5000亿美元'))).toBe(true)
    expect(parts.some(p => p.includes('蒸发'))).toBe(true)
    expect(parts.length).toBeGreaterThan(2)
  })

  it('marks no break next to punctuation', () => {
    expect(withBreakHints('中国AI初创公司的崛起，直接引发了震荡。', 'zh-CN')).not.toMatch(new RegExp(`${BREAK_HINT}[，。]|[，。]${BREAK_HINT}`))
  })

  it('leaves English text alone', () => {
    expect(withBreakHints('Nvidia lost $600 billion', 'en')).toBe('Nvidia lost $600 billion')
  })
})
