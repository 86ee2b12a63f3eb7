import { describe, expect, it } from 'vitest'
import { roleIn } from './roles.ts'

describe('roleIn', () => {
  it.each([
    ['Anthony Noto', '同时对话SoFi CEO Anthony Noto，探讨财报。', 'SoFi CEO'],
    ['Jensen Huang', 'Nvidia chief executive Jensen Huang said so.', 'Nvidia chief executive'],
    ['Brad Gerstner', 'We asked Brad Gerstner, founder of Altimeter, about it.', 'founder of Altimeter'],
    ['Brad Gerstner', 'Brad Gerstner, the CEO of Altimeter Capital and an investor.', 'CEO of Altimeter Capital'],
    ['Lisa Su', 'Lisa Su (CEO, AMD) spoke first.', 'CEO, AMD'],
    ['黄仁勋', '他说英伟达CEO黄仁勋表示乐观。', '英伟达CEO'],
    ['纳德拉', '微软首席执行官纳德拉说。', '微软首席执行官'],
  ])('%s in %j', (name, text, role) => {
    expect(roleIn(name, text)).toBe(role)
  })

  it('takes the organisation a name belongs to when no job title is stated', () => {
    expect(roleIn('Caroline Hyde', 'Bloomberg Technology的Caroline Hyde与Mike Shepard深入分析了。')).toBe('Bloomberg Technology')
    expect(roleIn('Mike Shepard', 'Bloomberg Technology的Caroline Hyde与Mike Shepard深入分析了。')).toBe('Bloomberg Technology')
  })

  it('finds no role where the article states none', () => {
    expect(roleIn('Richard Haddock', 'Richard Haddock (何立德) and Brad Gerstner, who spoke.')).toBeUndefined()
  })
})
