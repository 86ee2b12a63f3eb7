import { describe, expect, it } from 'vitest'
import { colourHex } from './colour.ts'

describe('colourHex', () => {
  it('reads hex colours and CSS names as six hex digits', () => {
    expect(colourHex('#1f4e79')).toBe('1F4E79')
    expect(colourHex('#0af')).toBe('00AAFF')
    expect(colourHex('Teal')).toBe('008080')
    expect(colourHex('rebeccapurple')).toBe('663399')
  })

  it('refuses anything that is not one of those', () => {
    for (const value of ['', '#12', '#12345g', '1f4e79', 'url(x)', 'red;x', 'toString', '__proto__', 'transparent', 'rgb(1,2,3)']) {
      expect(colourHex(value), value).toBeUndefined()
    }
  })
})
