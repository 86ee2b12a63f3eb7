import * as core from '@unocss/core'
import presetMini from '@unocss/preset-mini'
import { describe, expect, it } from 'vitest'
import { configFingerprint, shareUnoTokens } from './unocss-shared-tokens.mjs'

/** The generator's own cache of parsed tokens (private in UnoCSS's types). */
const processorOf = (generator: core.UnoGenerator) => (generator as unknown as { tokenProcessor: object }).tokenProcessor

const TOKENS = ['flex', 'p-4', 'hover:text-red-500', 'md:grid', 'not-a-utility']

describe('UnoCSS tokens shared between builds', () => {
  let deckFolder = '/decks/first'
  shareUnoTokens(core, () => deckFolder)

  it('gives a generator with the same config the tokens another one parsed, and the same CSS', async () => {
    const config = () => ({ presets: [presetMini()], rules: [['deck-rule', { color: 'red' }]] as core.Rule[] })
    const first = await core.createGenerator(config())
    const css = (await first.generate(new Set(TOKENS), { minify: true })).css
    const second = await core.createGenerator(config())
    expect(processorOf(second)).toBe(processorOf(first))
    expect((await second.generate(new Set(TOKENS), { minify: true })).css).toBe(css)
    expect(css).toContain('display:flex')
  })

  it('shares them when the config is set after the generator is made, as UnoCSS\'s Vite plugin does, in another deck\'s folder', async () => {
    const config = () => ({ presets: [presetMini()], content: { filesystem: [`${deckFolder}/slides.md`] } })
    const first = await core.createGenerator({})
    await first.setConfig(config())
    await first.generate(new Set(TOKENS), { minify: true })
    deckFolder = '/decks/second'
    const second = await core.createGenerator({})
    await second.setConfig(config())
    expect(processorOf(second)).toBe(processorOf(first))
  })

  it('does not share them between configs that differ in a value, a rule or a preset\'s option', async () => {
    const base = await core.createGenerator({ presets: [presetMini()] })
    const others = await Promise.all([
      core.createGenerator({ presets: [presetMini()], theme: { colors: { red: { 500: '#123456' } } } }),
      core.createGenerator({ presets: [presetMini()], rules: [['flex', { display: 'grid' }]] }),
      core.createGenerator({ presets: [presetMini({ prefix: 'u-' })] }),
    ])
    for (const other of others) expect(processorOf(other)).not.toBe(processorOf(base))
    expect((await others[1].generate(new Set(['flex']), { minify: true, preflights: false })).css).toContain('display:grid')
  })

  it('fingerprints functions by their source and objects met twice by where they were first met', () => {
    const shared = { a: 1 }
    expect(configFingerprint({ x: shared, y: shared })).toBe(configFingerprint({ x: shared, y: shared }))
    expect(configFingerprint({ f: () => 1 })).not.toBe(configFingerprint({ f: () => 2 }))
    expect(configFingerprint({ r: /a/ })).not.toBe(configFingerprint({ r: /b/ }))
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(configFingerprint(cyclic)).toMatch(/^[0-9a-f]{64}$/)
    expect(configFingerprint({ paths: ['/a/deck', '/project'] }, '/a/deck')).toBe(configFingerprint({ paths: ['/b/deck', '/project'] }, '/b/deck'))
    expect(configFingerprint({ paths: ['/a/deck', '/project'] }, '/a/deck')).not.toBe(configFingerprint({ paths: ['/b/deck', '/other'] }, '/b/deck'))
  })
})
