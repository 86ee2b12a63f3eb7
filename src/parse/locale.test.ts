import { readFileSync } from 'node:fs'
import { Converter } from 'opencc-js/cn2t'
import { describe, expect, it } from 'vitest'
import { detectLocale } from './locale.ts'

const simplified = readFileSync(new URL('../../articles/deepseek-nvidia.md', import.meta.url), 'utf8')

describe('detectLocale', () => {
  it('tells the built-in article from its Traditional (Taiwan) rendering', () => {
    expect(detectLocale(simplified, 'zh')).toBe('zh-CN')
    expect(detectLocale(Converter({ from: 'cn', to: 'tw' })(simplified), 'zh')).toBe('zh-TW')
  })

  it('keeps a Simplified article that quotes a few Traditional names Simplified', () => {
    expect(detectLocale(`${simplified.slice(0, 2000)} 唐鳳說：「數位」。`, 'zh')).toBe('zh-CN')
  })

  it('is en for English and zh-CN for Chinese without Han text', () => {
    expect(detectLocale('An English text.', 'en')).toBe('en')
    expect(detectLocale('12345', 'zh')).toBe('zh-CN')
  })
})
