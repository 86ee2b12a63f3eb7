/**
 * Accessibility of each slide as it prints: axe-core, read from node_modules (nothing loads from the network),
 * run in the `/export` page on one slide box at a time. Only serious and critical violations count; colour
 * contrast among them covers the cover's accent field, footers and source lines.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core'
import type { Page } from 'playwright-chromium'
import { withElementPath, type elementPath } from './element-path.ts'

export interface AccessibilityViolation {
  slide: number
  /** axe's rule id, e.g. `color-contrast`. */
  rule: string
  impact: ImpactValue
  element: string
  /** What axe found on this element, e.g. the contrast it measured and the one it expected. */
  message: string
}

export interface AccessibilityReport {
  slides: number
  violations: AccessibilityViolation[]
}

/** Impacts that fail a deck. */
export const BLOCKING_IMPACTS: ImpactValue[] = ['serious', 'critical']

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** The first `slides` slide boxes matched by `selector`, each audited by axe-core. */
export async function auditAccessibility(page: Page, selector: string, slides: number): Promise<AccessibilityReport> {
  // Evaluated rather than added as a <script>: a page's content security policy cannot refuse it.
  if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(await readFile(AXE_SOURCE, 'utf8'))
  const found = await page.evaluate<AccessibilityViolation[]>(withElementPath(auditSlides, { selector, slides, impacts: BLOCKING_IMPACTS }))
  return { slides, violations: found }
}

/** Violations by slide, then rule. */
export function formatAccessibilityReport(report: AccessibilityReport): string {
  const lines = report.violations.map(v => `slide ${v.slide}: ${v.rule} (${v.impact}) ${v.element}: ${v.message}`)
  const slides = new Set(report.violations.map(v => v.slide)).size
  lines.push(`audited ${report.slides} slides: ${report.violations.length} serious or critical accessibility violations on ${slides} slides`)
  return lines.join('\n')
}

declare const axe: { run(context: Element, options: RunOptions): Promise<AxeResults> }

/** Runs in the page, handed over as source with `path` (element-path.ts). axe audits one context at a time. */
async function auditSlides(
  { selector, slides, impacts }: { selector: string, slides: number, impacts: ImpactValue[] },
  path: typeof elementPath,
): Promise<AccessibilityViolation[]> {
  const containers = Array.from(document.querySelectorAll<HTMLElement>(selector)).slice(0, slides)
  const found: AccessibilityViolation[] = []
  for (const [i, container] of containers.entries()) {
    // Only slides our layouts draw: a hand-written deck's default layouts are Slidev's concern.
    if (!container.querySelector('.slidev-layout.deck-frame, .slidev-layout.deck-cover')) continue
    const page = container.querySelector('.slidev-page') ?? container
    const results = await axe.run(container, { resultTypes: ['violations'], elementRef: true })
    for (const violation of results.violations) {
      for (const node of violation.nodes) {
        const impact = node.impact ?? violation.impact
        if (!impact || !impacts.includes(impact)) continue
        const check = [...node.any, ...node.all, ...node.none][0]
        found.push({
          slide: i + 1,
          rule: violation.id,
          impact,
          element: node.element ? path(node.element, page) : node.target.join(' '),
          message: check?.message ?? violation.help,
        })
      }
    }
  }
  return found
}
