import { describe, it, expect } from 'vitest'
import type { Figure, FigureKind, Lang } from '../types.ts'
import { findFigures, formatFigure, rankFigures } from './find.ts'
import { parseChineseNumeral } from './chinese-numerals.ts'
import { tableFigures } from './table.ts'
import { BUDGET } from '../config.ts'
import { displayWidth } from '../text.ts'

interface Expected {
  text: string
  value: number
  kind: FigureKind
  unit: string
  currency?: string
}

const only = (input: string, lang: Lang): Figure => {
  const figures = findFigures(input, lang)
  expect(figures).toHaveLength(1)
  return figures[0]
}

const expectFigure = (figure: Figure, expected: Expected) => {
  const { text, value, kind, unit, currency } = figure
  expect({ text, value, kind, unit, currency }).toEqual({ currency: undefined, ...expected })
}

describe('findFigures: zh phrasings', () => {
  it.each<[string, Expected]>([
    // From the DeepSeek/Nvidia article.
    ['Nvidia市值蒸发超过5000亿美元', { text: '5000亿美元', value: 5e11, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['仅花费600万美元训练', { text: '600万美元', value: 6e6, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['股价暴跌超过16%', { text: '16%', value: 16, kind: 'percent', unit: '%' }],
    ['Nvidia下跌了2.6%', { text: '2.6%', value: 2.6, kind: 'percent', unit: '%' }],
    ['仅花费 600 万美元训练', { text: '600 万美元', value: 6e6, kind: 'money', currency: 'USD', unit: 'USD' }],
    // Documented choice: `半个万亿` is read as half a trillion, the same 5000亿 the article reports.
    ['引发了半个万亿美元市值的蒸发', { text: '半个万亿美元', value: 5e11, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['市值达1.2万亿', { text: '1.2万亿', value: 1.2e12, kind: 'number', unit: '' }],
    ['涨幅16％', { text: '16％', value: 16, kind: 'percent', unit: '%' }],
    ['百分之三十的用户', { text: '百分之三十', value: 30, kind: 'percent', unit: '%' }],
    ['占比百分之2.5', { text: '百分之2.5', value: 2.5, kind: 'percent', unit: '%' }],
    ['约三成的公司', { text: '三成', value: 30, kind: 'percent', unit: '%' }],
    ['两成用户流失', { text: '两成', value: 20, kind: 'percent', unit: '%' }],
    ['七成以上', { text: '七成', value: 70, kind: 'percent', unit: '%' }],
    ['利润率提高5个百分点', { text: '5个百分点', value: 5, kind: 'percent', unit: 'pp' }],
    ['下降三个百分点', { text: '三个百分点', value: 3, kind: 'percent', unit: 'pp' }],
    ['效率提升3倍', { text: '3倍', value: 3, kind: 'multiple', unit: '×' }],
    ['速度快了两倍', { text: '两倍', value: 2, kind: 'multiple', unit: '×' }],
    ['融资三千五百万美元', { text: '三千五百万美元', value: 3.5e7, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['投资600万元', { text: '600万元', value: 6e6, kind: 'money', currency: 'CNY', unit: 'CNY' }],
    ['票价300元', { text: '300元', value: 300, kind: 'money', currency: 'CNY', unit: 'CNY' }],
    ['人民币300元', { text: '人民币300元', value: 300, kind: 'money', currency: 'CNY', unit: 'CNY' }],
    ['营收新台币50亿', { text: '新台币50亿', value: 5e9, kind: 'money', currency: 'TWD', unit: 'TWD' }],
    ['营收50亿新台币', { text: '50亿新台币', value: 5e9, kind: 'money', currency: 'TWD', unit: 'TWD' }],
    ['募资20亿港元', { text: '20亿港元', value: 2e9, kind: 'money', currency: 'HKD', unit: 'HKD' }],
    ['港币20亿', { text: '港币20亿', value: 2e9, kind: 'money', currency: 'HKD', unit: 'HKD' }],
    ['罚款30亿欧元', { text: '30亿欧元', value: 3e9, kind: 'money', currency: 'EUR', unit: 'EUR' }],
    ['售价1万日元', { text: '1万日元', value: 1e4, kind: 'money', currency: 'JPY', unit: 'JPY' }],
    ['花了¥100', { text: '¥100', value: 100, kind: 'money', currency: 'CNY', unit: 'CNY' }],
    ['耗资$110 billion', { text: '$110 billion', value: 1.1e11, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['部署10万GPU', { text: '10万GPU', value: 1e5, kind: 'count', unit: 'GPU' }],
    ['销量302万辆', { text: '302万辆', value: 3.02e6, kind: 'count', unit: '辆' }],
    ['拥有300万用户', { text: '300万用户', value: 3e6, kind: 'count', unit: '用户' }],
    ['共5家公司参与', { text: '5家', value: 5, kind: 'count', unit: '家' }],
    ['裁员1,200人', { text: '1,200人', value: 1200, kind: 'count', unit: '人' }],
    ['一百个城市', { text: '一百个', value: 100, kind: 'count', unit: '个' }],
    ['共有十万GPU', { text: '十万GPU', value: 1e5, kind: 'count', unit: 'GPU' }],
    ['估值三千五百万', { text: '三千五百万', value: 3.5e7, kind: 'number', unit: '' }],
    ['约有350家', { text: '350家', value: 350, kind: 'count', unit: '家' }],
  ])('%s', (input, expected) => {
    expectFigure(only(input, 'zh'), expected)
  })
})

describe('findFigures: en phrasings', () => {
  it.each<[string, Expected]>([
    ['revenue reached $110 billion', { text: '$110 billion', value: 1.1e11, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['it raised US$5 million', { text: 'US$5 million', value: 5e6, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['a round of $1.5B.', { text: '$1.5B', value: 1.5e9, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['a €3m deal', { text: '€3m', value: 3e6, kind: 'money', currency: 'EUR', unit: 'EUR' }],
    ['tickets cost £20', { text: '£20', value: 20, kind: 'money', currency: 'GBP', unit: 'GBP' }],
    ['a ¥100 snack', { text: '¥100', value: 100, kind: 'money', currency: 'JPY', unit: 'JPY' }],
    ['a fine of USD 5 million', { text: 'USD 5 million', value: 5e6, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['they paid 5 million dollars', { text: '5 million dollars', value: 5e6, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['HK$2bn in bonds', { text: 'HK$2bn', value: 2e9, kind: 'money', currency: 'HKD', unit: 'HKD' }],
    ['shares fell 16%', { text: '16%', value: 16, kind: 'percent', unit: '%' }],
    ['down 2.6 percent', { text: '2.6 percent', value: 2.6, kind: 'percent', unit: '%' }],
    ['margins rose 5 percentage points', { text: '5 percentage points', value: 5, kind: 'percent', unit: 'pp' }],
    ['10x faster inference', { text: '10x', value: 10, kind: 'multiple', unit: '×' }],
    ['throughput grew 10×', { text: '10×', value: 10, kind: 'multiple', unit: '×' }],
    ['3 times more compute', { text: '3 times', value: 3, kind: 'multiple', unit: '×' }],
    ['over 1,000 users signed up', { text: '1,000 users', value: 1000, kind: 'count', unit: 'users' }],
    ['it laid off 500 employees', { text: '500 employees', value: 500, kind: 'count', unit: 'employees' }],
    ['trained on 20 GPUs', { text: '20 GPUs', value: 20, kind: 'count', unit: 'GPUs' }],
    ['10k users joined', { text: '10k users', value: 1e4, kind: 'count', unit: 'users' }],
    ['reaching 300 million people', { text: '300 million people', value: 3e8, kind: 'count', unit: 'people' }],
    ['a backlog of 2 billion', { text: '2 billion', value: 2e9, kind: 'number', unit: '' }],
    ['a score of 87.5', { text: '87.5', value: 87.5, kind: 'number', unit: '' }],
  ])('%s', (input, expected) => {
    expectFigure(only(input, 'en'), expected)
  })
})

interface ExpectedWild extends Expected {
  low?: number
  per?: string
}

const expectWild = (figure: Figure, expected: ExpectedWild) => {
  const { text, value, kind, unit, currency, low, per } = figure
  expect({ text, value, kind, unit, currency, low, per }).toEqual({ currency: undefined, low: undefined, per: undefined, ...expected })
}

describe('findFigures: figures in the wild', () => {
  const usd = (text: string, value: number, more: Partial<ExpectedWild> = {}): ExpectedWild =>
    ({ text, value, kind: 'money', currency: 'USD', unit: 'USD', ...more })
  it.each<[string, Lang, ExpectedWild]>([
    ['a market worth $16T by 2030', 'en', usd('$16T', 1.6e13)],
    ['a $326B market', 'en', usd('$326B', 3.26e11)],
    ['they spend $326 B/year on it', 'en', usd('$326 B/year', 3.26e11, { per: 'year' })],
    ['they spend $326B a year on it', 'en', usd('$326B a year', 3.26e11, { per: 'year' })],
    ['a $1.2bn deal', 'en', usd('$1.2bn', 1.2e9)],
    ['a £3.4m fine', 'en', { text: '£3.4m', value: 3.4e6, kind: 'money', currency: 'GBP', unit: 'GBP' }],
    ['a €5 billion fund', 'en', { text: '€5 billion', value: 5e9, kind: 'money', currency: 'EUR', unit: 'EUR' }],
    ['sales of ¥1.5 trillion', 'en', { text: '¥1.5 trillion', value: 1.5e12, kind: 'money', currency: 'JPY', unit: 'JPY' }],
    ['营收¥300亿', 'zh', { text: '¥300亿', value: 3e10, kind: 'money', currency: 'CNY', unit: 'CNY' }],
    ['output of 1.63 trillion', 'en', { text: '1.63 trillion', value: 1.63e12, kind: 'number', unit: '' }],
    ['a backlog of 30 million', 'en', { text: '30 million', value: 3e7, kind: 'number', unit: '' }],
    ['it reached 30 million users', 'en', { text: '30 million users', value: 3e7, kind: 'count', unit: 'users' }],
    ['they spent a hundred and ten billion dollars', 'en', usd('a hundred and ten billion dollars', 1.1e11)],
    ['twenty-five thousand employees left', 'en', { text: 'twenty-five thousand employees', value: 25000, kind: 'count', unit: 'employees' }],
    ['营收4000多亿', 'zh', { text: '4000多亿', value: 4e11, kind: 'number', unit: '' }],
    ['营收4000多亿美元', 'zh', { text: '4000多亿美元', value: 4e11, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['有300多家公司', 'zh', { text: '300多家', value: 300, kind: 'count', unit: '家' }],
    ['近3成用户', 'zh', { text: '3成', value: 30, kind: 'percent', unit: '%' }],
    ['投资逾百亿', 'zh', { text: '百亿', value: 1e10, kind: 'number', unit: '' }],
    ['GDP达1.2万亿元人民币', 'zh', { text: '1.2万亿元人民币', value: 1.2e12, kind: 'money', currency: 'CNY', unit: 'CNY' }],
    ['利润率下降了0.5个百分点', 'zh', { text: '0.5个百分点', value: 0.5, kind: 'percent', unit: 'pp' }],
    // Data sizes and rates by their abbreviations.
    ['每秒 10 mb 的流量', 'zh', { text: '10 mb', value: 10, kind: 'count', unit: 'mb' }],
    ['a 4GB download', 'en', { text: '4GB', value: 4, kind: 'count', unit: 'GB' }],
    ['100 Mbps links', 'en', { text: '100 Mbps', value: 100, kind: 'count', unit: 'Mbps' }],
    // Ranges: value is the upper bound, `low` the lower one.
    ['growth of 10%–15% a year', 'en', { text: '10%–15%', value: 15, low: 10, kind: 'percent', unit: '%' }],
    ['growth of 10-15% a year', 'en', { text: '10-15%', value: 15, low: 10, kind: 'percent', unit: '%' }],
    ['growth of 10 to 15 percent', 'en', { text: '10 to 15 percent', value: 15, low: 10, kind: 'percent', unit: '%' }],
    ['a $10–15 billion plan', 'en', usd('$10–15 billion', 1.5e10, { low: 1e10 })],
    ['a $10 billion to $15 billion plan', 'en', usd('$10 billion to $15 billion', 1.5e10, { low: 1e10 })],
    ['a €100-200 beefier machine', 'en', { text: '€100-200', value: 200, low: 100, kind: 'money', currency: 'EUR', unit: 'EUR' }],
    ['年产1万至2万', 'zh', { text: '1万至2万', value: 2e4, low: 1e4, kind: 'number', unit: '' }],
    ['年产1万至2万辆', 'zh', { text: '1万至2万辆', value: 2e4, low: 1e4, kind: 'count', unit: '辆' }],
    ['提升3到5倍', 'zh', { text: '3到5倍', value: 5, low: 3, kind: 'multiple', unit: '×' }],
    ['提高了 3-10 倍', 'zh', { text: '3-10 倍', value: 10, low: 3, kind: 'multiple', unit: '×' }],
    // Durations count time; dates and clock times do not.
    ['持续了3个月', 'zh', { text: '3个月', value: 3, kind: 'count', unit: '个月' }],
    ['有效期只有 4 天', 'zh', { text: '4 天', value: 4, kind: 'count', unit: '天' }],
    ['it took 7 days', 'en', { text: '7 days', value: 7, kind: 'count', unit: 'days' }],
    // Traditional script, spaced thousands, a minus sign, rupees, a capitalised plural.
    ['臺灣遊戲的產值是 500 億', 'zh', { text: '500 億', value: 5e10, kind: 'number', unit: '' }],
    ['已經 20 萬個伺服器', 'zh', { text: '20 萬個', value: 2e5, kind: 'count', unit: '個' }],
    ['每月花 15 歐元', 'zh', { text: '15 歐元', value: 15, kind: 'money', currency: 'EUR', unit: 'EUR' }],
    ['可能不到美金 100 元', 'zh', { text: '美金 100 元', value: 100, kind: 'money', currency: 'USD', unit: 'USD' }],
    ['有 20 幾家都是會員', 'zh', { text: '20 幾家', value: 20, kind: 'count', unit: '家' }],
    ['| 2023 | 11 950 | 9 710 |', 'en', { text: '9 710', value: 9710, kind: 'number', unit: '' }],
    ['| All (primary) | -0.5% |', 'en', { text: '-0.5%', value: -0.5, kind: 'percent', unit: '%' }],
    ['a total of ₹855k spent', 'en', { text: '₹855k', value: 8.55e5, kind: 'money', currency: 'INR', unit: 'INR' }],
    ['0 Regressions, 6 Improvements', 'en', { text: '6 Improvements', value: 6, kind: 'count', unit: 'Improvements' }],
    // Rates.
    ['power at $0.1/kWh', 'en', usd('$0.1/kWh', 0.1, { per: 'kWh' })],
    ['每股0.5美元的股息', 'zh', { text: '每股0.5美元', value: 0.5, kind: 'money', currency: 'USD', unit: 'USD', per: '股' }],
    ['a dividend of $2 per share', 'en', usd('$2 per share', 2, { per: 'share' })],
  ])('%s', (input, lang, expected) => {
    const figure = findFigures(input, lang).find(found => found.text === expected.text)
    expect(figure, findFigures(input, lang).map(found => found.text).join(' | ')).toBeDefined()
    expectWild(figure!, expected)
  })

  it('reads two-thirds as a percent and keeps its words', () => {
    const figure = only('two-thirds of users left', 'en')
    expect({ text: figure.text, kind: figure.kind, unit: figure.unit }).toEqual({ text: 'two-thirds', kind: 'percent', unit: '%' })
    expect(figure.value).toBeCloseTo(66.7, 1)
  })

  it('reads a change from one figure to another as two figures, not a range', () => {
    expect(findFigures('the hit rate rose from 60% to 87%', 'en').map(figure => figure.text)).toEqual(['60%', '87%'])
    expect(findFigures('命中率从60%到87%', 'zh').map(figure => figure.text)).toEqual(['60%', '87%'])
  })
})

describe('findFigures: not figures in the wild', () => {
  it.each<[string, Lang]>([
    ['run `sleep 5000` before `retry(300)`', 'en'],
    ['```\nconst budget = 5000\n```', 'en'],
    ['see https://x.com/2024/10/abc for more', 'en'],
    ['详见 https://x.com/2024/10/abc', 'zh'],
    ['<img src="a.png" width="600">', 'en'],
    ['style it with width: 100% and height: 480px', 'en'],
    ['<div style="width: 100%; margin: 0 16px">', 'en'],
    ['released on 2024-10-01', 'en'],
    ['released on Oct 3, 2024', 'en'],
    ['released on 3 October 2024', 'en'],
    ['3月15日发布', 'zh'],
    ['2024年3月15日发布', 'zh'],
    ['in 2024 the market', 'en'],
    ['upgrade to v1.2.3 now', 'en'],
    ['it needs Python 3.12', 'en'],
    ['it needs Node 20 or later', 'en'],
    ['a cluster of AMD EPYC 7542 CPUs', 'en'],
    ['the new iPhone 14', 'en'],
    ['H100 GPUs', 'en'],
    ['the Tesla Model 3', 'en'],
    ['an RTX 4090', 'en'],
    ['GPT-4o is fast', 'en'],
    ['Llama 3 70B beats it', 'en'],
    ['苹果发布了iPhone 14', 'zh'],
    ['as shown before [1]', 'en'],
    ['as shown before [[1]]', 'en'],
    ['as shown before^1', 'en'],
    ['as shown before [^12]', 'en'],
    ['he said (3:20) that', 'en'],
    ['[22:00] the call began', 'en'],
    ['at 00:03:20 in the video', 'en'],
    ['call +1 415-555-0100', 'en'],
    ['call (415) 555-0100', 'en'],
    ['电话010-12345678', 'zh'],
    ['手机13800138000', 'zh'],
    ['see section 1.2', 'en'],
    ['1.2 Background', 'en'],
    ['see § 4.1', 'en'],
    ['on page 12', 'en'],
    ['the 2023 respondents said', 'en'],
    ['## 2025 Financials', 'en'],
    ['open at 7-11, then', 'en'],
    ['[half of the pledge](/news/300k-from-mitchellh/)', 'en'],
    ['（见 https://wasmer.io/posts/wasmer-2.0）（译注：一个运行时）', 'zh'],
    ['Rust 官方周报 395 期', 'zh'],
    ['Building a valid block 101', 'en'],
    ['a 501(c)(3) non-profit', 'en'],
    ['date: 2016-10-06 11:10:38 -0700', 'en'],
    ['.date = "2024-09-12T20:52:45.536Z",', 'en'],
    ['| Improvements | [-1.7%, -0.2%] |', 'en'],
  ])('%s', (input, lang) => {
    expect(findFigures(input, lang)).toEqual([])
  })

  it('keeps the figure beside a product name', () => {
    expect(findFigures('AMD EPYC 7542 sales rose 16%', 'en').map(figure => figure.text)).toEqual(['16%'])
    expect(findFigures('Nvidia 16% lower', 'en').map(figure => figure.text)).toEqual(['16%'])
    expect(findFigures('Over 1,000 users signed up', 'en').map(figure => figure.text)).toEqual(['1,000 users'])
    expect(findFigures('3.5 million users joined', 'en').map(figure => figure.text)).toEqual(['3.5 million users'])
  })
})

describe('tableFigures', () => {
  const table = {
    header: ['Metric', 'Before', 'After'],
    rows: [['Cache hit rate', '60%', '87%'], ['Build time', '12 minutes', '4 minutes'], ['Monthly cost', '$12,000', '$8,500']],
  }

  it('labels each figure with its own row and column', () => {
    const figures = tableFigures(table, 'en')
    expect(figures.map(figure => [figure.text, figure.label])).toEqual([
      ['60%', 'Cache hit rate (before)'], ['87%', 'Cache hit rate (after)'],
      ['12 minutes', 'Build time (before)'], ['4 minutes', 'Build time (after)'],
      ['$12,000', 'Monthly cost (before)'], ['$8,500', 'Monthly cost (after)'],
    ])
  })

  it('labels Chinese tables with full-width brackets', () => {
    const figures = tableFigures({ header: ['指标', '之前', '之后'], rows: [['缓存命中率', '60%', '87%']] }, 'zh')
    expect(figures.map(figure => figure.label)).toEqual(['缓存命中率（之前）', '缓存命中率（之后）'])
  })

  it('keeps acronyms in a column header', () => {
    expect(tableFigures({ header: ['', 'Q3 2024'], rows: [['Revenue', '$5 billion']] }, 'en')[0].label).toBe('Revenue (Q3 2024)')
  })
})

describe('findFigures: not figures', () => {
  it.each<[string, Lang]>([
    // Estimates: "one or two tenths", not 12 tenths nor 20%.
    ['大概只有一、兩成年輕時的經驗', 'zh'],
    ['約一兩成', 'zh'],
    ['三四万人', 'zh'],
    ['去年10月以来的最低点', 'zh'],
    ['DeepSeek的R1模型', 'zh'],
    ['这不仅仅是一个技术突破', 'zh'],
    ['掀起了一场风暴', 'zh'],
    ['2024年是关键一年', 'zh'],
    ['1月27日开盘', 'zh'],
    ['第3季度', 'zh'],
    ['过去三个月', 'zh'],
    ['两家公司', 'zh'],
    ['千万不要错过', 'zh'],
    ['万一失败', 'zh'],
    ['一成不变', 'zh'],
    ['数十亿美元', 'zh'],
    ['十分重要', 'zh'],
    ['二〇二四年', 'zh'],
    ['in 2025 the market', 'en'],
    ['GPT-4 and Claude 3.5 Sonnet', 'en'],
    ['H100 chips', 'en'],
    ['v2 is out', 'en'],
    ['version 1.2.3', 'en'],
    ['5G networks', 'en'],
    ['a 3-year plan', 'en'],
    ['three times over', 'en'],
    ['a 100m sprint', 'en'],
    ['https://www.youtube.com/watch?v=xqdZvtv9j4U', 'en'],
  ])('%s', (input, lang) => {
    expect(findFigures(input, lang)).toEqual([])
  })
})

describe('findFigures: order, overlap, index and sentence', () => {
  const text = '这家中国AI初创公司仅花费600万美元训练。Nvidia股价暴跌超过16%，市值蒸发超过5000亿美元。我们谈到了10万GPU甚至可能100万GPU的集群。'

  it('finds every figure in order without overlaps', () => {
    const figures = findFigures(text, 'zh')
    expect(figures.map(figure => figure.text)).toEqual(['600万美元', '16%', '5000亿美元', '10万GPU', '100万GPU'])
    for (const [i, figure] of figures.entries()) {
      expect(text.slice(figure.index, figure.index + figure.text.length)).toBe(figure.text)
      if (i > 0) expect(figure.index).toBeGreaterThanOrEqual(figures[i - 1].index + figures[i - 1].text.length)
    }
  })

  it('attaches the trimmed sentence containing each figure', () => {
    const sentences = findFigures(text, 'zh').map(figure => figure.sentence)
    expect(sentences).toEqual([
      '这家中国AI初创公司仅花费600万美元训练。',
      'Nvidia股价暴跌超过16%，市值蒸发超过5000亿美元。',
      'Nvidia股价暴跌超过16%，市值蒸发超过5000亿美元。',
      '我们谈到了10万GPU甚至可能100万GPU的集群。',
      '我们谈到了10万GPU甚至可能100万GPU的集群。',
    ])
    for (const figure of findFigures(text, 'zh')) expect(figure.sentence).toContain(figure.text)
  })

  it('keeps indexes exact in English, with spaced text', () => {
    const english = '  Revenue rose 16% to $110 billion.   Over 1,000 users signed up in 2025. '
    const figures = findFigures(english, 'en')
    expect(figures.map(figure => [figure.text, figure.index])).toEqual([
      ['16%', 15], ['$110 billion', 22], ['1,000 users', 43],
    ])
    expect(figures[0].sentence).toBe('Revenue rose 16% to $110 billion.')
    expect(figures[2].sentence).toBe('Over 1,000 users signed up in 2025.')
  })

  it('prefers the longest reading', () => {
    expect(findFigures('5000亿美元', 'zh').map(figure => figure.text)).toEqual(['5000亿美元'])
    expect(findFigures('US$5 million', 'en').map(figure => figure.text)).toEqual(['US$5 million'])
  })
})

describe('findFigures: labels', () => {
  it.each<[string, Lang, string, string]>([
    ['Nvidia市值蒸发超过5000亿美元', 'zh', '5000亿美元', 'Nvidia市值蒸发'],
    ['Nvidia单日市值蒸发超过5000亿美元。', 'zh', '5000亿美元', 'Nvidia单日市值蒸发'],
    ['股价暴跌超过16%', 'zh', '16%', '股价暴跌'],
    ['Nvidia下跌了2.6%', 'zh', '2.6%', 'Nvidia下跌'],
    ['DeepSeek的训练成本只有600万美元', 'zh', '600万美元', 'DeepSeek的训练成本'],
    ['10万GPU甚至可能100万GPU的集群', 'zh', '100万GPU', 'GPU 集群'],
    // The subject and the metric, never cut inside a word (车企, 台积电, 营收).
    ['台积电第三季度营收达到236亿美元，合新台币7596亿元。', 'zh', '236亿美元', '台积电第三季度营收'],
    ['台积电第三季度营收达到236亿美元，合新台币7596亿元。', 'zh', '新台币7596亿元', '台积电第三季度营收'],
    ['车企的单车亏损一度高达2万元。', 'zh', '2万元', '车企的单车亏损'],
    ['比亚迪今年前三季度销量302万辆。', 'zh', '302万辆', '比亚迪今年前三季度销量'],
    ['因为 Google 跟 Apple 把 5％的營業稅都扣掉', 'zh', '5％', 'Google 跟 Apple 營業稅'],
    ['- 概念：47.96% 中等满意', 'zh', '47.96%', '概念中等满意'],
    ['缓存命中率从60%提升到87%。', 'zh', '87%', '缓存命中率提升'],
    ['revenue rose 16% to $110 billion', 'en', '16%', 'revenue rose'],
    ['revenue rose 16% to $110 billion', 'en', '$110 billion', 'revenue rose'],
    ['Nvidia shares fell by 16%', 'en', '16%', 'Nvidia shares fell'],
    ['5 million dollars was raised', 'en', '5 million dollars', 'raised'],
    ['Apple authorised a $110 billion buyback, the largest in its history.', 'en', '$110 billion', 'Apple authorised buyback'],
    ['Since 2012 Apple has returned more than $600 billion to shareholders.', 'en', '$600 billion', 'Apple returned shareholders'],
    ['The CI cache hit rate rose from 60% to 87% after the change.', 'en', '87%', 'CI cache hit rate rose'],
    ['Around 87% of respondents say that they use inline annotations in their editor.', 'en', '87%', 'use inline annotations'],
    ['we will host it on the same €36 Hetzner instance, perhaps', 'en', '€36', 'same Hetzner instance'],
    ['Fidelity has about 5 trillion of assets. They\'re worth $100 billion.', 'en', '$100 billion', 'Fidelity worth'],
    ['Below is a map of all my 114 flights since 2016.', 'en', '114 flights', 'flights'],
    ['we found some curious clusters already with over 800 transactions where', 'en', '800 transactions', 'clusters transactions'],
    ['Broadcom dropped 12% and the Nasdaq fell 3.1%.', 'en', '12%', 'Broadcom dropped'],
    ['Broadcom dropped 12% and the Nasdaq fell 3.1%.', 'en', '3.1%', 'Nasdaq fell'],
    ['mainly prioritize fixing compiler bugs (68%)', 'en', '68%', 'fixing compiler bugs'],
    ['Microsoft said it would still spend $80 billion on data centers this year.', 'en', '$80 billion', 'spend on data centers'],
    // A change that only says which way names what changed: the metric of the figure before it.
    ['23% can write (only) simple programs in Rust (a decrease of 6pp from 2022).', 'en', '6pp', 'simple programs decrease'],
    // Joined figures before a `的` phrase share its noun; `剩下` says the figure is what remains.
    ['扣掉以后只剩下 6％、7％左右的利率，所以还要再减 3％。', 'zh', '6％', '扣掉以后只剩下利率'],
    ['扣掉以后只剩下 6％、7％左右的利率，所以还要再减 3％。', 'zh', '7％', '扣掉以后只剩下利率'],
    // `每个人`, `每秒` say per what; a verb running on into the next figure leads up to that one.
    ['如今每个人每月花 15 欧元就能拥有每秒 10 mb 的流量。', 'zh', '15 欧元', '每个人每月花'],
    ['如今每个人每月花 15 欧元就能拥有每秒 10 mb 的流量。', 'zh', '10 mb', '拥有每秒流量'],
    // Only a verb before the figure, only a time after it: the clause before says what the verb is about.
    ['大家可以走进我的办公室，一次和我聊上 40 分钟。', 'zh', '40 分钟', '大家可以走进我的办公室聊'],
    ['Nvidia fell 17% in one day.', 'en', '17%', 'Nvidia fell'],
    // Words after the figure that repeat those before it; a relative clause of its own.
    ['2024 appears to have higher absolute average costs at ₹7,901 average, the real cost less.', 'en', '₹7,901', 'absolute average costs'],
    ['There was a time where we were growing like 15% a week, which means doubling.', 'en', '15%', 'growing'],
  ])('%s → %s labelled %s', (input, lang, figureText, label) => {
    const figure = findFigures(input, lang).find(found => found.text === figureText)
    expect(figure?.label).toBe(label)
  })

  it('never crosses a clause break, and fits the label budget without an ellipsis', () => {
    const figures = findFigures('这家中国AI初创公司仅花费600万美元，股价暴跌超过16%', 'zh')
    expect(figures[1].label).toBe('股价暴跌')
    const long = findFigures('The extraordinarily well-capitalised hyperscaler consortium spent $500 billion', 'en')[0].label
    for (const label of [...figures.map(figure => figure.label), long]) {
      expect(displayWidth(label)).toBeLessThanOrEqual(BUDGET.labelColumns)
      expect(label).not.toContain('…')
    }
  })

  it('keeps whole words in English', () => {
    const { label } = only('The extraordinarily well-capitalised hyperscaler consortium spent $500 billion', 'en')
    expect('The extraordinarily well-capitalised hyperscaler consortium spent').toMatch(new RegExp(`\\b${label}$`))
  })

  it('is never empty when the sentence has words', () => {
    for (const [input, lang] of [['合计：5000亿美元', 'zh'], ['16%, they said', 'en'], ['— 30 million —, a record', 'en'], ['可能不到美金 100 元，很便宜', 'zh']] as const) {
      for (const figure of findFigures(input, lang)) expect(figure.label, input).not.toBe('')
    }
  })
})

describe('parseChineseNumeral', () => {
  it.each<[string, number]>([
    ['三千五百万', 3.5e7], ['十五', 15], ['二十五', 25], ['三百零五', 305], ['三百五', 350], ['两万五', 25000],
    ['一亿三千万', 1.3e8], ['三万亿', 3e12], ['万亿', 1e12], ['半个万亿', 5e11], ['二〇二四', 2024],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value)
  })
})

describe('formatFigure', () => {
  it.each<[string, Lang, { value: string, unit: string }]>([
    ['市值蒸发5000亿美元', 'zh', { value: '5000亿', unit: '美元' }],
    ['花费600万美元', 'zh', { value: '600万', unit: '美元' }],
    ['营收50亿新台币', 'zh', { value: '50亿', unit: '新台币' }],
    ['投资600万元', 'zh', { value: '600万', unit: '人民币' }],
    ['市值蒸发5000亿美元', 'en', { value: '$500B', unit: '' }],
    ['revenue of $110 billion', 'en', { value: '$110B', unit: '' }],
    ['股价暴跌16%', 'zh', { value: '16%', unit: '' }],
    ['下跌了2.6%', 'en', { value: '2.6%', unit: '' }],
    ['约三成', 'zh', { value: '30%', unit: '' }],
    ['提高5个百分点', 'zh', { value: '5', unit: '个百分点' }],
    ['效率提升3倍', 'zh', { value: '3倍', unit: '' }],
    ['10x faster', 'en', { value: '10×', unit: '' }],
    ['部署10万GPU', 'zh', { value: '10万', unit: 'GPU' }],
    ['部署10万GPU', 'en', { value: '100K', unit: 'GPU' }],
    ['市值1.2万亿', 'zh', { value: '1.2万亿', unit: '' }],
  ])('%s (%s)', (input, lang, expected) => {
    const figure = only(input, 'zh')
    const formatted = formatFigure(figure, lang)
    expect(formatted).toEqual(expected)
    expect(formatted.value.length).toBeLessThanOrEqual(8)
  })
})

describe('formatFigure: ranges and rates', () => {
  it.each<[string, Lang, Lang, { value: string, unit: string }]>([
    ['growth of 10%–15%', 'en', 'en', { value: '10% – 15%', unit: '' }],
    ['a $10–15 billion plan', 'en', 'en', { value: '$10–15B', unit: '' }],
    ['年产1万至2万辆', 'zh', 'zh', { value: '1万 - 2万', unit: '辆' }],
    ['power at $0.1/kWh', 'en', 'en', { value: '$0.1/kWh', unit: '' }],
    ['a dividend of $2 per share', 'en', 'en', { value: '$2/share', unit: '' }],
    ['每股0.5美元', 'zh', 'zh', { value: '0.5', unit: '美元/股' }],
  ])('%s', (input, findLang, lang, expected) => {
    expect(formatFigure(only(input, findLang), lang)).toEqual(expected)
  })
})

describe('formatFigure: currencies without a symbol', () => {
  it('puts the ISO code in the unit in English and the Intl name in Chinese', () => {
    const figure: Figure = {
      text: 'CHF 3 million', value: 3e6, kind: 'money', currency: 'CHF', unit: 'CHF', sentence: '', label: '', index: 0,
    }
    expect(formatFigure(figure, 'en')).toEqual({ value: '3M', unit: 'CHF' })
    expect(formatFigure(figure, 'zh')).toEqual({ value: '300万', unit: '瑞士法郎' })
  })
})

describe('rankFigures', () => {
  const text = '效率提升3倍，拥有300万用户，股价暴跌16%，市值蒸发5000亿美元，估值三千五百万，仅花费600万美元，又跌了16%，再蒸发5000亿美元。'
  const figures = findFigures(text, 'zh')

  it('orders money, percent, count, multiple, number; larger first; de-duplicated', () => {
    expect(rankFigures(figures).map(figure => figure.text)).toEqual([
      '5000亿美元', '600万美元', '16%', '300万用户', '3倍', '三千五百万',
    ])
  })

  it('keeps the first occurrence of a duplicate and leaves the input untouched', () => {
    const before = figures.map(figure => figure.text)
    const ranked = rankFigures(figures)
    expect(ranked[0].index).toBe(text.indexOf('5000亿美元'))
    expect(ranked.find(figure => figure.kind === 'percent')?.index).toBe(text.indexOf('16%'))
    expect(figures.map(figure => figure.text)).toEqual(before)
  })

  it('treats the same value in another currency as distinct', () => {
    const ranked = rankFigures(findFigures('花费600万美元，又花费600万元', 'zh'))
    expect(ranked.map(figure => figure.currency)).toEqual(['USD', 'CNY'])
  })

  it('de-duplicates on (kind, value, currency) only, so counts in other units collapse', () => {
    const ranked = rankFigures(findFigures('5家公司和5辆车', 'zh'))
    expect(ranked.map(figure => figure.text)).toEqual(['5家'])
  })
})
