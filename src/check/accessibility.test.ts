import { describe, expect, it } from 'vitest'
import { formatAccessibilityReport } from './accessibility.ts'

describe('formatAccessibilityReport', () => {
  it('prints one line per violation with what axe measured, and counts slides', () => {
    const contrast = 'Element has insufficient color contrast of 2.8 (foreground color: #ffffff, background color: #6a9fd0, font size: 36.0pt (48px), font weight: bold). Expected contrast ratio of 3:1'
    const report = {
      slides: 9,
      violations: [
        { slide: 1, rule: 'color-contrast', impact: 'serious', element: 'div.deck-cover__field > h1', message: contrast },
        { slide: 6, rule: 'svg-img-alt', impact: 'serious', element: 'figure.deck-chart__figure > svg.bar-chart', message: 'Element has no child that is a title' },
        { slide: 6, rule: 'image-alt', impact: 'critical', element: 'figure > img', message: 'Element does not have an alt attribute' },
      ],
    } as const
    expect(formatAccessibilityReport({ ...report, violations: [...report.violations] }).split('\n')).toEqual([
      `slide 1: color-contrast (serious) div.deck-cover__field > h1: ${contrast}`,
      'slide 6: svg-img-alt (serious) figure.deck-chart__figure > svg.bar-chart: Element has no child that is a title',
      'slide 6: image-alt (critical) figure > img: Element does not have an alt attribute',
      'audited 9 slides: 3 serious or critical accessibility violations on 2 slides',
    ])
  })

  it('says so when there is none', () => {
    expect(formatAccessibilityReport({ slides: 4, violations: [] })).toBe('audited 4 slides: 0 serious or critical accessibility violations on 0 slides')
  })
})
