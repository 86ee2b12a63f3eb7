/**
 * Stage 4: `DeckPlan` → slides.md. Pure: returns the file's text. Each slide is written by its kind's row in
 * `../kinds/` as layout props (frontmatter) and escaped Markdown; every piece of article text goes through
 * `../escape.ts`, and everything else written here is our own fixed configuration.
 */
import { CANVAS, FONTS, GEOMETRY, THEME, TYPE } from '../config.ts'
import { markdownText, yamlString, yamlValue } from '../escape.ts'
import { KINDS } from '../kinds/index.ts'
import type { SlideKindSpec } from '../kinds/kind.ts'
import { withBreakHints } from './line-breaks.ts'
import type { DeckPlan, Notes, SlideKind, SlideOf } from '../types.ts'

export type Theme = 'light' | 'dark'

export interface RenderOptions {
  /** Absolute folder with package.json, components/ and layouts/, for a deck written outside the project. */
  addonRoot?: string
  /** The deck's accent colour (any CSS colour); THEME.accent by default. */
  accent?: string
  theme?: Theme
}

/** A local favicon, inline so the deck needs no file and makes no request for it. */
const FAVICON = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e79"/><path d="M8 22V10h6a4 4 0 0 1 0 8H8m8 0 6 4" stroke="#fff" stroke-width="3" fill="none"/></svg>')

export function renderSlides(plan: DeckPlan, options: RenderOptions = {}): string {
  const shown = (text: string) => withBreakHints(text, plan.locale)
  return plan.slides.map((slide, i) => {
    const { props, body } = kindOf(slide).render(slide, shown)
    const keys = [
      ...(i === 0 ? headmatter(plan, options) : []),
      `layout: ${slide.kind}`,
      `class: title-${slide.titleSize}`,
      ...Object.entries(props).map(([name, value]) => `${name}: ${yamlValue(value)}`),
    ]
    return ['---', ...keys, '---', '', ...[...body, notes(slide.notes)].filter(Boolean).join('\n\n').split('\n'), ''].join('\n')
  }).join('\n')
}

function headmatter(plan: DeckPlan, options: RenderOptions): string[] {
  const lines = [
    'theme: default',
    `title: ${yamlString(plan.title)}`,
    // The browser tab shows the deck's title alone, not "… - Slidev".
    'titleTemplate: "%s"',
    `lang: ${plan.locale}`,
    `favicon: ${yamlString(FAVICON)}`,
    'fonts:',
    '  provider: none',
    `  sans: ${yamlString(FONTS.sans[plan.locale])}`,
    `  mono: ${yamlString(FONTS.mono)}`,
    `colorSchema: ${options.theme ?? 'light'}`,
    `themeConfig: ${yamlValue(themeVariables(plan, options))}`,
    `canvasWidth: ${CANVAS.width}`,
    'aspectRatio: 16/9',
    'routerMode: history',
    'presenter: true',
    'download: false',
    // The /export page, in the build too: the PDFs are printed from it (src/export/print.ts).
    'browserExporter: true',
    // Slidev preloads whatever slide text looks like `url(x.png)`, article text included; the deck has no images of its own.
    'preloadImages: false',
    'drawings:',
    '  enabled: false',
    'record: false',
    'monaco: false',
    // Twoslash would load TypeScript and Vue's language tools into every build (≈ 0.7 s); no code slide uses it.
    'twoslash: false',
    'mdc: false',
    'transition: none',
    `duration: ${plan.minutes}min`,
    'timer: countdown',
  ]
  if (options.addonRoot) lines.push('addons:', `  - ${yamlString(options.addonRoot)}`)
  return lines
}

/**
 * The design tokens as Slidev theme variables (`--slidev-theme-<name>` on the page): the layouts' type sizes,
 * geometry and colours all come from src/config.ts, the same numbers the text budgets are computed from.
 */
function themeVariables(plan: DeckPlan, options: RenderOptions): Record<string, string> {
  const colours = THEME[options.theme ?? 'light']
  const px = (value: number) => `${value}px`
  return {
    accent: options.accent ?? THEME.accent,
    paper: colours.paper,
    ink: colours.ink,
    muted: colours.muted,
    tint: colours.tint,
    footer: plan.footer,
    coverTitle: px(TYPE.coverTitle),
    titleLarge: px(TYPE.title.large),
    titleSmall: px(TYPE.title.small),
    body: px(TYPE.body),
    quote: px(TYPE.quote),
    numeralKey: px(TYPE.numeral.keyNumbers),
    numeralBeside: px(TYPE.numeral.beside),
    label: px(TYPE.label),
    small: px(TYPE.small),
    lineHeight: String(TYPE.lineHeight),
    padX: px(GEOMETRY.padX),
    padTop: px(GEOMETRY.padTop),
    footerHeight: px(GEOMETRY.footer),
    aside: px(GEOMETRY.aside),
    chartLabel: px(GEOMETRY.chartLabel),
    barRowEm: String(GEOMETRY.barRowEm),
    keyNumbersGap: px(GEOMETRY.keyNumbersGap),
    gap: px(GEOMETRY.gap),
  }
}

/** The slide's kind row, typed for that kind (the table is keyed by kind, so the lookup cannot mismatch). */
function kindOf<K extends SlideKind>(slide: SlideOf<K>): SlideKindSpec<K, never> {
  return KINDS[slide.kind] as unknown as SlideKindSpec<K, never>
}

/** Notes are the slide's last HTML comment; escaped text can hold no `-->` to end it early. */
function notes(paragraphs: Notes): string {
  const lines = paragraphs.map(markdownText).filter(Boolean)
  if (lines.length === 0) return ''
  return ['<!--', lines.join('\n\n'), '-->'].join('\n')
}
