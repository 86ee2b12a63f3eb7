import { describe, expect, it } from 'vitest'
import { partTopics } from './topics.ts'

const english = [
  'I worked at Goldman Sachs for years. The bank had a private restaurant for clients. At Goldman Sachs the restaurant was full. The people were kind.',
  'Then Robinhood came along. Robinhood gave every phone a broker. The phone changed the market. The people were kind.',
  'Airbnb is a platform. Shopify is a platform too. Airbnb and Shopify grew in New York. The people were kind.',
]

describe('partTopics', () => {
  it('titles each part by the names and nouns it repeats and the other parts do not, listed as English lists them', () => {
    const titles = partTopics(english, ['Adam Stacoviak', 'Joe Percoco'], 'en', 'en')
    expect(titles[0]).toBe('Goldman Sachs and restaurant')
    expect(titles[1]).toBe('Robinhood and phone')
    expect(titles[2]).toMatch(/^(Airbnb|Shopify), (Airbnb|Shopify), and platform$/)
    // Said in every part: not what any one part is about.
    for (const title of titles) expect(title).not.toMatch(/people/i)
  })

  it('leaves out the speakers, and gives nothing where fewer than two nouns stand out', () => {
    const titles = partTopics(['Joe, welcome. Joe runs Titan. Titan sells funds to everyone. The funds are cheap.', 'Nothing much here.'], ['Joe Percoco'], 'en', 'en')
    expect(titles[0]).toBe('Titan and funds')
    expect(titles[1]).toBeUndefined()
  })

  it('lists Chinese nouns with 、 and 和, in the article\'s own script', () => {
    const titles = partTopics([
      '營業稅的問題很大。營業稅由境外公司支付。Google 跟 Apple 都要付。Google 的抽成，Apple 的抽成。大家好。',
      'NFT 是一種憑證。NFT 的憑證可以交易。大家好。',
    ], [], 'zh', 'zh-TW')
    expect(titles[0]).toBe('Google、Apple和營業稅')
    expect(titles[1]).toContain('NFT')
    expect(titles[1]).toContain('憑證')
  })
})
