import { describe, expect, it } from 'vitest'
import { isSpeakerName, turnLabel } from './turns.ts'

describe('turnLabel', () => {
  // Markdown marks are flattened before this: `**Name:** text` and `**Name**: text` both arrive as `Name: text`.
  it.each([
    ['Ann Lee: Hello.', { speaker: 'Ann Lee', text: 'Hello.' }],
    ['王五：你好。', { speaker: '王五', text: '你好。' }],
    ['王五：你好：再见。', { speaker: '王五', text: '你好：再见。' }],
    ['Brad Gerstner: (3:20) It is big.', { speaker: 'Brad Gerstner', time: '3:20', text: 'It is big.' }],
    ['[22:00] Adam Stacoviak: So I am here.', { speaker: 'Adam Stacoviak', time: '22:00', text: 'So I am here.' }],
    ['(3:20) Ann: Hi.', { speaker: 'Ann', time: '3:20', text: 'Hi.' }],
    ['00:03:20 Ann: Hi.', { speaker: 'Ann', time: '00:03:20', text: 'Hi.' }],
    ['Ann [05:59]: Hi.', { speaker: 'Ann', time: '05:59', text: 'Hi.' }],
    ['Ann (05:59): Hi.', { speaker: 'Ann', time: '05:59', text: 'Hi.' }],
    ['Ann 00:03:20: Hi.', { speaker: 'Ann', time: '00:03:20', text: 'Hi.' }],
    ['Mark Erhardt: 00:00:00', { speaker: 'Mark Erhardt', time: '00:00:00', text: '' }],
    ['Mark Erhardt: 00:00:00 The idea is simple.', { speaker: 'Mark Erhardt', time: '00:00:00', text: 'The idea is simple.' }],
    ['Joe Percoco: [04:07] Yes. [05:10] And more.', { speaker: 'Joe Percoco', time: '04:07', text: 'Yes. And more.' }],
    ['Lisa Su (CEO, AMD): Hi.', { speaker: 'Lisa Su', role: 'CEO, AMD', text: 'Hi.' }],
    ['黄仁勋（英伟达CEO）：你好。', { speaker: '黄仁勋', role: '英伟达CEO', text: '你好。' }],
    ['Richard Haddock (何立德)：歡迎。', { speaker: 'Richard Haddock (何立德)', text: '歡迎。' }],
    ['唐鳳：', { speaker: '唐鳳', text: '' }],
    ['Q: Why?', { speaker: 'Q', text: 'Why?' }],
    ['答：因为。', { speaker: '答', text: '因为。' }],
  ])('%s', (paragraph, label) => {
    expect(turnLabel(paragraph)).toEqual(label)
  })

  it.each([
    'See https://example.com: it works.', 'Note: a note.', '注：说明。', 'Source: https://example.com/a', 'Step 1: do it.',
    'The problem is simple: we ran out.', 'Why this matters, briefly: money.', '他表示：这很好。', 'No label here.',
    'One two three four five words: too long for a name.', 'Update: later.', '来源：新华社',
  ])('no label in %s', paragraph => {
    expect(turnLabel(paragraph)).toBeUndefined()
  })
})

describe('isSpeakerName', () => {
  it('takes names and handles, not sentences or label words', () => {
    for (const name of ['Ann', 'Adam Stacoviak', 'swyx', 'Dr. Li', '唐鳳', 'Q', '问']) expect(isSpeakerName(name), name).toBe(true)
    for (const name of ['', 'Step 2', 'so what we did', 'Hi, there', 'Note', 'SOURCE', '来源', '他指出', 'x'.repeat(41)]) expect(isSpeakerName(name), name).toBe(false)
  })
})
