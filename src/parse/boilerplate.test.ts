import { describe, expect, it } from 'vitest'
import { isBoilerplate } from './boilerplate.ts'

describe('isBoilerplate', () => {
  it.each([
    'Special thanks to Ann for the translation.', 'Thanks to Theemathas for the suggestion!', 'Translated from the English original.',
    'This article was translated by Bo.', 'Translator: Bo', 'Originally published at example.com.', 'PRs welcome!',
    'Found an error? Please submit a PR.', 'Want it in your inbox? Subscribe here.', 'This episode is sponsored by Acme.',
    'Thanks for reading!', 'This Week in Rust editors: Ann, Bo.', 'Break: [25:42]',
    '译者：李四', '譯者：李四', '本文译自 The Economist。', '感谢王五的翻译。', '感謝王五協助翻譯。', '欢迎关注我们的公众号', '谢谢您的阅读！',
    'Rust 周报编辑人员：Ann、Bo。', '原文标题：Chips', '-Andrew', '— Jane Doe',
  ])('%s', text => {
    expect(isBoilerplate(text)).toBe(true)
  })

  it.each([
    '613 pull requests were merged in the last week.', 'Thanks to cheaper chips, demand rose 16%.', 'The translation of the report took a year.',
    `Special thanks to everyone: ${'long content '.repeat(30)}`, '作者认为，这很重要。', '- Item one of a list', '—and then it rose.',
  ])('not %s', text => {
    expect(isBoilerplate(text)).toBe(false)
  })
})
