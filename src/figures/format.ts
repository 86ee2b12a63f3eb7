import type { Figure, Lang } from '../types.ts'

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' }

/** Short, big-callout form of a figure: `{ value: '5000亿', unit: '美元' }`, `{ value: '$500B', unit: '' }`. */
export function formatFigure(figure: Figure, lang: Lang): { value: string, unit: string } {
  const locale = LOCALES[lang]
  switch (figure.kind) {
    case 'money':
      return formatMoney(figure.value, figure.currency ?? figure.unit, lang)
    case 'percent':
      return figure.unit === 'pp'
        ? { value: compact(figure.value, locale), unit: lang === 'zh' ? '个百分点' : 'pp' }
        : { value: number(figure.value / 100, locale, { style: 'percent' }), unit: '' }
    case 'multiple':
      return { value: compact(figure.value, locale) + (lang === 'zh' ? '倍' : '×'), unit: '' }
    case 'count':
      return { value: compact(figure.value, locale), unit: figure.unit }
    case 'number':
      return { value: compact(figure.value, locale), unit: '' }
  }
}

/** zh: number + currency name (`5000亿` `美元`); en: symbol inline (`$500B`), the ISO code as unit if no symbol. */
function formatMoney(value: number, currency: string, lang: Lang): { value: string, unit: string } {
  if (lang === 'zh') {
    const name = currencyNames.of(currency) ?? currency
    return { value: compact(value, LOCALES.zh), unit: name }
  }
  const parts = numberFormat(LOCALES.en, {
    style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1, minimumFractionDigits: 0,
  }).formatToParts(value)
  const symbol = parts.find(part => part.type === 'currency')?.value
  return symbol === currency
    ? { value: compact(value, LOCALES.en), unit: currency }
    : { value: parts.map(part => part.value).join(''), unit: '' }
}

function compact(value: number, locale: string): string {
  return number(value, locale, { notation: 'compact' })
}

function number(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  return numberFormat(locale, { maximumFractionDigits: 1, ...options }).format(value)
}

/** Intl formatters are slow to construct and a deck formats hundreds of figures: one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) formatters.set(key, formatter = new Intl.NumberFormat(locale, options))
  return formatter
}

const currencyNames = new Intl.DisplayNames([LOCALES.zh], { type: 'currency' })
