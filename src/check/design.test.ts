import { describe, expect, it } from 'vitest'
import { DESIGN_FLOORS } from '../config.ts'
import { formatDesignReport, judgeDesign, type SlideDesign } from './design.ts'

const FOOTER = { role: 'small', px: 14, element: 'footer.deck-footer > span.deck-footer__number' } as const

/** A content slide that passes every check; each test spoils one thing. */
function slide(no: number, overrides: Partial<SlideDesign> = {}): SlideDesign {
  return {
    slide: no,
    kind: 'section',
    canvasHeight: 552,
    runs: [{ role: 'title', px: 44, element: 'h1' }, { role: 'body', px: 24, element: 'ul > li' }, FOOTER],
    text: { top: 150, bottom: 400 },
    number: { shown: String(no), element: FOOTER.element },
    ...overrides,
  }
}

const COVER: SlideDesign = {
  slide: 1,
  kind: 'cover',
  canvasHeight: 552,
  runs: [{ role: 'title', px: 48, element: 'div.deck-cover__field > h1' }, { role: 'body', px: 24, element: 'div.deck-cover__field > p' }],
  text: { top: 300, bottom: 500 },
}

describe('judgeDesign', () => {
  it('passes a deck at the floors, the cover without a number and its text low', () => {
    const report = judgeDesign([COVER, slide(2), slide(3, { kind: 'key-numbers', runs: [{ role: 'numeralKey', px: 64, element: 'span.figure-callout__value' }, FOOTER] })])
    expect(report).toEqual({
      slides: 3,
      failures: [],
      smallestBody: { px: 24, slide: 1, element: 'div.deck-cover__field > p' },
      smallestNumeral: { px: 64, slide: 3, element: 'span.figure-callout__value' },
    })
  })

  it('holds each kind of text to its own floor and all text to the floor for any', () => {
    const runs = [
      { role: 'title', px: 35.9, element: 'h1' },
      { role: 'body', px: 22, element: 'ul > li:nth-child(2)' },
      { role: 'numeralBeside', px: 43, element: 'aside > span.figure-callout__value' },
      { role: 'numeralKey', px: 60, element: 'div.figure-callout--key > span.figure-callout__value' },
      { role: 'chart', px: 12, element: 'svg > g > text' },
      { role: 'code', px: 13.5, element: 'pre > code > span' },
      { role: 'small', px: 10, element: 'footer.deck-footer > span.deck-footer__title' },
      { role: 'other', px: 14, element: 'div.note' },
      { role: 'body', px: 12, element: 'td' },
    ] as const
    const report = judgeDesign([slide(2, { runs: [...runs] })])
    expect(report.failures.map(f => [f.measure, f.value, f.bound])).toEqual([
      ['title', '35.9 px', `< ${DESIGN_FLOORS.title} px`],
      ['body', '22 px', '< 24 px'],
      ['numeral', '43 px', '< 44 px'],
      ['key numeral', '60 px', '< 64 px'],
      ['chart text', '12 px', '< 14 px'],
      ['code', '13.5 px', '< 14 px'],
      ['small text', '10 px', '< 14 px'],
      // Under the body floor and the floor for any: reported once, against the higher.
      ['body', '12 px', '< 24 px'],
    ])
    expect(report.smallestBody).toEqual({ px: 12, slide: 2, element: 'td' })
    expect(report.smallestNumeral).toEqual({ px: 43, slide: 2, element: 'aside > span.figure-callout__value' })
  })

  it('wants the text under the title centred in the middle third of the canvas', () => {
    const report = judgeDesign([
      slide(2, { text: { top: 100, bottom: 260 } }),
      slide(3, { text: { top: 300, bottom: 480 } }),
      slide(4, { text: { top: 110, bottom: 258 } }),
      slide(5, { text: undefined }),
    ])
    expect(report.failures.map(f => [f.slide, f.measure, f.value, f.bound, f.element])).toEqual([
      [2, 'text middle', '180 px', '< 184 px', 'text 100–260 px'],
      [3, 'text middle', '390 px', '> 368 px', 'text 300–480 px'],
    ])
  })

  it('wants every slide but the cover to show its own number', () => {
    const report = judgeDesign([COVER, slide(2, { number: undefined }), slide(3, { number: { shown: '2', element: FOOTER.element } })])
    expect(report.failures.map(f => [f.slide, f.measure, f.value, f.bound, f.element])).toEqual([
      [2, 'slide number', 'none', '≠ 2', 'no visible [data-slide-number]'],
      [3, 'slide number', '"2"', '≠ 3', FOOTER.element],
    ])
  })

  it('has no smallest body or numeral in a deck without them', () => {
    const report = judgeDesign([slide(2, { runs: [FOOTER] })])
    expect(report.smallestBody).toBeUndefined()
    expect(report.smallestNumeral).toBeUndefined()
  })
})

describe('formatDesignReport', () => {
  it('prints one line per failure and a summary with the smallest body and numeral', () => {
    const report = judgeDesign([
      slide(2, { runs: [{ role: 'body', px: 20, element: 'ul > li:nth-child(3)' }, { role: 'numeralBeside', px: 52, element: 'span.figure-callout__value' }] }),
      slide(3, { number: undefined }),
    ])
    expect(formatDesignReport(report).split('\n')).toEqual([
      'slide 2: body 20 px < 24 px (ul > li:nth-child(3))',
      'slide 3: slide number none ≠ 3 (no visible [data-slide-number])',
      'checked 2 slides: 2 design failures; smallest body 20 px (slide 2), smallest numeral 52 px (slide 2)',
    ])
  })

  it('says so when there is nothing to report', () => {
    expect(formatDesignReport(judgeDesign([slide(2, { runs: [] }), slide(3, { runs: [] })]))).toBe('checked 2 slides: 0 design failures; no smallest body, no smallest numeral')
  })
})
