import { chromium } from 'playwright-chromium'
import { serveDeck } from './src/build/serve.ts'
import { CHROMIUM_ARGS } from './src/build/chromium.ts'
const [dist, ...nums] = process.argv.slice(2)
const server = await serveDeck(dist)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
for (const n of nums) {
  await page.goto(`${server.url}/${n}?print`)
  await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/shot-${n}.png` })
}
await browser.close(); await server.close()
