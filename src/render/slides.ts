/**
 * Stage 4: `DeckPlan` → slides.md. Pure: returns the file's text. Every piece of article text goes
 * through `../escape.ts`; everything else written here is our own fixed markup.
 */
import { CANVAS, FONTS } from '../config.ts'
import { attributeValue, markdownText, yamlString } from '../escape.ts'
import type { Callout, DeckPlan, Notes, SlidePlan, SourceLink } from '../types.ts'

export interface RenderOptions {
  /** Absolute folder with package.json and components/, for a deck written outside the project. */
  addonRoot?: string
}

/** A local favicon, inline so the deck needs no file and makes no request for it. */
const FAVICON = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e79"/><path d="M8 22V10h6a4 4 0 0 1 0 8H8m8 0 6 4" stroke="#fff" stroke-width="3" fill="none"/></svg>')

export function renderSlides(plan: DeckPlan, options: RenderOptions = {}): string {
  const [cover, ...rest] = plan.slides
  const pages = [headmatter(plan, options) + renderBody(cover), ...rest.map(slide => frontmatter(slide) + renderBody(slide))]
  return pages.join('\n')
}

function headmatter(plan: DeckPlan, options: RenderOptions): string {
  const lines = [
    '---',
    'theme: default',
    `title: ${yamlString(markdownText(plan.title))}`,
    `lang: ${plan.lang === 'zh' ? 'zh-CN' : 'en'}`,
    `favicon: ${yamlString(FAVICON)}`,
    'fonts:',
    '  provider: none',
    `  sans: ${yamlString(FONTS.sans)}`,
    `  mono: ${yamlString(FONTS.mono)}`,
    'colorSchema: light',
    `canvasWidth: ${CANVAS.width}`,
    'aspectRatio: 16/9',
    'routerMode: history',
    'presenter: true',
    'download: false',
    // The /export page, in the build too: the PDFs are printed from it (src/build/print.ts).
    'browserExporter: true',
    'drawings:',
    '  enabled: false',
    'record: false',
    'monaco: false',
    'mdc: false',
    'transition: none',
    `duration: ${plan.minutes}min`,
    'timer: countdown',
  ]
  if (options.addonRoot) lines.push('addons:', `  - ${yamlString(options.addonRoot)}`)
  lines.push(...slideKeys(plan.slides[0]), '---')
  return lines.join('\n') + '\n'
}

function frontmatter(slide: SlidePlan): string {
  return ['---', ...slideKeys(slide), '---'].join('\n') + '\n'
}

/** Per-slide frontmatter: layout, our class for styling, and the title when the body has no heading. */
function slideKeys(slide: SlidePlan): string[] {
  const layout = { cover: 'cover', highlights: 'default', section: 'default', quote: 'center', closing: 'center' }[slide.kind]
  const keys = [`layout: ${layout}`, `class: deck-${slide.kind} title-${slide.titleSize}`]
  if (slide.kind === 'quote') keys.push(`title: ${yamlString(markdownText(slide.title))}`)
  return keys
}

function renderBody(slide: SlidePlan): string {
  const blocks: string[] = []
  switch (slide.kind) {
    case 'cover':
      blocks.push(heading(slide.shownTitle))
      if (slide.lede) blocks.push(markdownText(slide.lede))
      if (slide.source) blocks.push(sourceLink(slide.source))
      break
    case 'highlights':
      blocks.push(heading(slide.shownTitle))
      if (slide.callouts.length > 0) blocks.push(['<div class="callout-row">', ...slide.callouts.map(callout), '</div>'].join('\n'))
      if (slide.bullets.length > 0) blocks.push(bulletList(slide.bullets))
      break
    case 'section':
      blocks.push(heading(slide.shownTitle))
      blocks.push('<div class="section-body">', '<div class="section-points">', bulletList(slide.bullets), '</div>')
      if (slide.callout) blocks.push(callout(slide.callout))
      blocks.push('</div>')
      break
    case 'quote':
      blocks.push(`<QuoteCard speaker="${attributeValue(slide.speaker)}" quote="${attributeValue(slide.quote)}" />`)
      break
    case 'closing':
      blocks.push(heading(slide.shownTitle))
      if (slide.source) blocks.push(sourceLink(slide.source))
      break
  }
  blocks.push(notes(slide.notes))
  return '\n' + blocks.filter(Boolean).join('\n\n') + '\n'
}

function heading(text: string): string {
  return `# ${markdownText(text)}`
}

function bulletList(items: string[]): string {
  return items.map(item => `- ${markdownText(item)}`).join('\n')
}

function callout(c: Callout): string {
  return `<FigureCallout figure="${attributeValue(c.figure)}" value="${attributeValue(c.value)}" unit="${attributeValue(c.unit)}" label="${attributeValue(c.label)}" />`
}

function sourceLink(source: SourceLink): string {
  return `<SourceLink url="${attributeValue(source.url)}" label="${attributeValue(source.label)}" />`
}

/** Notes are the slide's last HTML comment; escaped text can hold no `-->` to end it early. */
function notes(paragraphs: Notes): string {
  const lines = paragraphs.map(markdownText).filter(Boolean)
  if (lines.length === 0) return ''
  return ['<!--', lines.join('\n\n'), '-->'].join('\n')
}
