/**
 * The contact sheet: every slide as it prints, in one PNG grid, so the whole deck can be judged at a glance.
 * Each slide is a screenshot of its print box; the grid is a page we lay out ourselves and screenshot whole.
 */
import type { BrowserContext, Locator } from 'playwright-chromium'
import { CONTACT_SHEET } from '../config.ts'

export async function contactSheet(context: BrowserContext, slides: Locator, count: number): Promise<Buffer> {
  const shots: string[] = []
  for (let i = 0; i < count; i++) shots.push((await slides.nth(i).screenshot({ animations: 'disabled' })).toString('base64'))
  const { columns, thumbWidth, gap } = CONTACT_SHEET
  const cells = shots.map((png, i) => `<figure><img src="data:image/png;base64,${png}"><figcaption>${i + 1}</figcaption></figure>`).join('')
  const page = await context.newPage()
  try {
    await page.setViewportSize({ width: columns * thumbWidth + (columns + 1) * gap, height: 200 })
    await page.setContent(`<!doctype html><style>
      body { margin: 0; padding: ${gap}px; background: #d8dce1; font: 600 14px sans-serif; color: #333; }
      main { display: grid; grid-template-columns: repeat(${columns}, ${thumbWidth}px); gap: ${gap}px; }
      figure { margin: 0; } img { display: block; width: 100%; box-shadow: 0 1px 4px #0004; }
      figcaption { margin-top: 4px; }
    </style><main>${cells}</main>`, { waitUntil: 'load' })
    return await page.screenshot({ fullPage: true })
  } finally {
    await page.close()
  }
}
