import { describe, expect, it } from 'vitest'
import { readsAsMetric } from './label-shape.ts'

describe('readsAsMetric', () => {
  it.each([
    'Nvidia单日市值蒸发', '台积电第三季度营收', '振興會會員', '股价暴跌',
    'Apple authorised buyback', 'CI cache hit rate', 'series B early this year', 'Fidelity worth',
  ])('accepts %s', label => expect(readsAsMetric(label)).toBe(true))

  it.each([
    '导致 Nvidia 市值蒸发', '可以允许', '',
    'go get one check', 'manage thousands checks', 'Because opening account', 'currently manage', 'too late', 'crossed',
  ])('refuses %s', label => expect(readsAsMetric(label)).toBe(false))
})

describe('readsAsMetric in its sentence', () => {
  it('reads the first word as it stands there', () => {
    expect(readsAsMetric('model cost to train', 'The model cost $6 million to train.')).toBe(true)
    expect(readsAsMetric('go get one check', 'I can go get one $10 million check.')).toBe(false)
  })
})
