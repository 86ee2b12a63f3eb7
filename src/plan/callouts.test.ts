import { describe, expect, it } from 'vitest'
import type { Figure } from '../types.ts'
import { rankByWeight } from './callouts.ts'

const money = (value: number, label: string): Figure => ({ text: `$${value}`, value, kind: 'money', currency: 'USD', unit: '', label, sentence: `${label}: $${value}`, index: 0 })

describe('rankByWeight', () => {
  it('puts a total first, then the largest of a kind', () => {
    const ranked = rankByWeight([money(306_362, 'Contractors (2024 Cost)'), money(520_748, 'Total Expenses (2024 Cost)'), money(670_672, 'Income donors')])
    expect(ranked.map(figure => figure.label)).toEqual(['Total Expenses (2024 Cost)', 'Income donors', 'Contractors (2024 Cost)'])
  })
})
