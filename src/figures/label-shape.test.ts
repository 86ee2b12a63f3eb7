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
    expect(readsAsMetric('Total Income (2024 Amount)', 'Total Income · 2024 Amount: $670,672.59')).toBe(true)
  })

  it.each([
    ['product was growing', 'Sooner or later, the product was growing by a million dollars a week.'],
    ['people to get that one check', 'You have to pitch a lot of people to get that one $10 million check.'],
    ['Canada', 'The top countries were the United States (22%) and Canada (3%).'],
    ['营业税我们付', '30%营业税你付、70%营业税我们付'],
    ['没办法吸收', '3%没办法吸收，那30%为何可以接受？'],
    ['臺灣金流營業稅你付', '在臺灣金流的話，30％營業稅你付'],
    ['牽涉到', '這牽涉到 3.3％'],
  ])('refuses %s: a clause, a place alone or someone\'s words', (label, sentence) => {
    expect(readsAsMetric(label, sentence)).toBe(false)
  })
})
