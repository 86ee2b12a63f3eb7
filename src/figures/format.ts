import type { Figure, Lang, Locale } from '../types.ts'

/** Intl's locale for a deck's: Traditional Chinese decks write 萬 and 億, and currency names in Traditional. */
const INTL_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' }
const DEFAULT_LOCALE: Record<Lang, Locale> = { zh: 'zh-CN', en: 'en' }

/**
 * Short, big-callout form of a figure: `{ value: '5000亿', unit: '美元' }`, `{ value: '$500B', unit: '' }`.
 * A range shows both bounds (`10%–15%`, Intl's formatRange); a rate ends in what it is per (`$2/share`, `美元/股`).
 */
export function formatFigure(figure: Figure, lang: Lang, deckLocale: Locale = DEFAULT_LOCALE[lang]): { value: string, unit: string } {
  const shown = formatAmount(figure, lang, INTL_LOCALES[lang === 'en' ? 'en' : deckLocale])
  if (!figure.per) return shown
  return shown.unit ? { ...shown, unit: `${shown.unit}/${figure.per}` } : { ...shown, value: `${shown.value}/${figure.per}` }
}

function formatAmount(figure: Figure, lang: Lang, locale: string): { value: string, unit: string } {
  const { value, low } = figure
  switch (figure.kind) {
    case 'money':
      return formatMoney(value, low, figure.currency ?? figure.unit, lang, locale)
    case 'percent':
      return figure.unit === 'pp'
        ? { value: compact(value, low, locale), unit: lang === 'zh' ? (locale === 'zh-TW' ? '個百分點' : '个百分点') : 'pp' }
        : { value: amount(numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }), value / 100, low === undefined ? undefined : low / 100), unit: '' }
    case 'multiple':
      return { value: compact(value, low, locale) + (lang === 'zh' ? '倍' : '×'), unit: '' }
    case 'count':
      return { value: compact(value, low, locale), unit: figure.unit }
    case 'number':
      return { value: compact(value, low, locale), unit: '' }
  }
}

/** zh: number + currency name (`5000亿` `美元`); en: symbol inline (`$500B`), the ISO code as unit if no symbol. */
function formatMoney(value: number, low: number | undefined, currency: string, lang: Lang, locale: string): { value: string, unit: string } {
  if (lang === 'zh') {
    const name = currencyName(locale, currency)
    return { value: compact(value, low, locale), unit: name }
  }
  const format = numberFormat(locale, {
    style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1, minimumFractionDigits: 0,
  })
  const parts = low === undefined ? format.formatToParts(value) : format.formatRangeToParts(low, value)
  const symbol = parts.find(part => part.type === 'currency')?.value
  return symbol === currency
    ? { value: compact(value, low, locale), unit: currency }
    : { value: parts.map(part => part.value).join(''), unit: '' }
}

function compact(value: number, low: number | undefined, locale: string): string {
  return amount(numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }), value, low)
}

function amount(format: Intl.NumberFormat, value: number, low: number | undefined): string {
  return low === undefined ? format.format(value) : format.formatRange(low, value)
}

/** Intl formatters are slow to construct and a deck formats hundreds of figures: one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) formatters.set(key, formatter = new Intl.NumberFormat(locale, options))
  return formatter
}

const currencyNames = new Map<string, Intl.DisplayNames>()

function currencyName(locale: string, currency: string): string {
  let names = currencyNames.get(locale)
  if (!names) currencyNames.set(locale, names = new Intl.DisplayNames([locale], { type: 'currency' }))
  return names.of(currency) ?? currency
}
