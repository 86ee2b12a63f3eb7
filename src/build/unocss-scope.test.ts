import { join } from 'node:path'
import extractorMdc from '@unocss/extractor-mdc'
import MagicString from 'magic-string'
import { createGenerator, mergeConfigs, presetAttributify, presetWind3, transformerVariantGroup } from 'unocss'
import { describe, expect, it } from 'vitest'
import { isScanned, scannedFolders, unocssConfig } from './unocss-scope.ts'

const folders = scannedFolders()
const [components] = folders
const client = folders.find(f => f.endsWith('/@slidev/client'))!
const deck = '/tmp/out/deck'

/** Article text that UnoCSS would turn into rules: a broken one, an inline style, a network request, an icon. */
const HOSTILE = '<p>Jane: [10:15] [color:red] text-[#f00] bg-[url(//tracker.invalid/x.png)] p-[3px] @unocss-include</p>'

/** Every module through which Slidev hands article text to UnoCSS, as named in a real build. */
const ARTICLE_IDS = [
  `${deck}/slides.md__slidev_3.md`,
  `${deck}/slides.md__slidev_3.frontmatter`,
  `${deck}/slides.md`,
  `${deck}/index.html`,
  '/@slidev/title-renderer.md',
  '/@slidev/title-renderer.md?vue&type=script&setup=true&lang.ts',
  '/@slidev/slides/3/frontmatter',
  undefined,
]

/** Slidev's client configuration, in the parts that extract and transform, with ours merged in as Slidev does. */
async function slidevGenerator() {
  return createGenerator(mergeConfigs([
    { presets: [presetWind3(), presetAttributify()], extractors: [extractorMdc()], transformers: [transformerVariantGroup()] },
    unocssConfig(),
  ]))
}

describe('isScanned', () => {
  it('reads our components, layouts, styles and Slidev\'s client, queries included', () => {
    expect(isScanned(join(components, 'QuoteCard.vue'), folders)).toBe(true)
    expect(isScanned(`${join(components, 'QuoteCard.vue')}?vue&type=script&setup=true&lang.ts`, folders)).toBe(true)
    expect(isScanned(join(client, 'internals/NavControls.vue'), folders)).toBe(true)
    expect(folders.map(f => f.split('/').slice(-1)[0])).toEqual(['components', 'layouts', 'styles', 'client', 'theme-default'])
  })

  it('reads nothing of the deck, nor a folder that only starts with the same name', () => {
    for (const id of ARTICLE_IDS) expect(isScanned(id, folders), String(id)).toBe(false)
    expect(isScanned(`${components}-evil/x.vue`, folders)).toBe(false)
  })
})

describe('the scoped UnoCSS config', () => {
  it('makes no rule from article text in any module Slidev gives it', async () => {
    const uno = await slidevGenerator()
    for (const id of ARTICLE_IDS) {
      const { css } = await uno.generate(HOSTILE, { id, preflights: false })
      expect(css, String(id)).toBe('')
    }
  })

  it('still makes rules from our own components (so the check above can fail)', async () => {
    const uno = await slidevGenerator()
    const { css } = await uno.generate(HOSTILE, { id: join(components, 'X.vue'), preflights: false })
    expect(css).toContain('10\\:15')
    expect(css).toContain('tracker.invalid')
  })

  it('keeps source transformers off the deck: variant groups in article text stay as written', async () => {
    const uno = await slidevGenerator()
    const [variantGroup] = uno.config.transformers!
    const transformed = async (id: string) => {
      const code = new MagicString('<p>hover:(bg-red text-white)</p>')
      await variantGroup.transform(code, id, { uno } as never)
      return code.toString()
    }
    expect(await transformed(`${deck}/slides.md__slidev_2.frontmatter`)).toBe('<p>hover:(bg-red text-white)</p>')
    expect(await transformed(join(components, 'X.vue'))).toBe('<p>hover:bg-red hover:text-white</p>')
  })
})
