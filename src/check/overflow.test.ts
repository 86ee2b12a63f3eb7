import { describe, expect, it } from 'vitest'
import { formatOverflowReport, overflowingSlides, type OverflowReport } from './overflow.ts'

const REPORT: OverflowReport = {
  slides: 5,
  overflows: [
    { slide: 2, element: 'div.slidev-layout.default > div.too-wide', kind: 'outside', overflowX: 476, overflowY: 0 },
    { slide: 4, element: 'div.section-points > ul', kind: 'clipped', overflowX: 0, overflowY: 37 },
    { slide: 4, element: 'div.section-points > ul > li:nth-child(3)', kind: 'outside', overflowX: 0, overflowY: 12 },
  ],
}

describe('overflowingSlides', () => {
  it('lists each slide with an overflow once, in order', () => {
    expect(overflowingSlides(REPORT)).toEqual([2, 4])
  })
})

describe('formatOverflowReport', () => {
  it('prints one line per overflow and a summary that counts slides, not elements', () => {
    expect(formatOverflowReport(REPORT).split('\n')).toEqual([
      'slide 2: div.slidev-layout.default > div.too-wide overflows by 476×0 px (outside)',
      'slide 4: div.section-points > ul overflows by 0×37 px (clipped)',
      'slide 4: div.section-points > ul > li:nth-child(3) overflows by 0×12 px (outside)',
      'checked 5 slides: 2 overflowing',
    ])
  })

  it('says so when everything fits', () => {
    expect(formatOverflowReport({ slides: 18, overflows: [] })).toBe('checked 18 slides: 0 overflowing')
  })
})
