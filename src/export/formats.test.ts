import { describe, expect, it } from 'vitest'
import { deckPaths, outputsOf } from '../cli/paths.ts'
import { DEFAULT_FORMATS, FORMAT_NAMES, FORMATS, formatsNeeding } from './formats.ts'

describe('the format table', () => {
  it('gives every format its own output, beside the exports or in the deck\'s folder', () => {
    const paths = deckPaths('/tmp/out')
    const outputs = FORMAT_NAMES.map(name => paths.outputs[name])
    expect(new Set(outputs).size).toBe(FORMAT_NAMES.length)
    expect(paths.outputs).toMatchObject({ web: '/tmp/out/dist', pdf: '/tmp/out/deck.pdf', pptx: '/tmp/out/deck.pptx', sheet: '/tmp/out/contact-sheet.png' })
    expect(deckPaths(undefined).outputs.pdf).toMatch(/\/exports\/deck\.pdf$/)
    expect(outputsOf(paths, ['pptx', 'web'])).toEqual(['/tmp/out/slides.md', '/tmp/out/deck.pptx', '/tmp/out/dist'])
  })

  it('makes the web deck, its PDF and the handout by default', () => {
    expect(DEFAULT_FORMATS).toEqual(['web', 'pdf', 'handout'])
  })

  it('says what each format needs: the plan alone for the PowerPoint deck, the browser page for the prints', () => {
    expect(formatsNeeding(['pptx', 'pdf', 'sheet', 'png'], 'plan').map(([name]) => name)).toEqual(['pptx'])
    expect(formatsNeeding(['sheet', 'pdf', 'handout'], 'page').map(([name]) => name)).toEqual(['pdf', 'handout', 'sheet'])
    expect(formatsNeeding(['png', 'pptx-images'], 'slidev').map(([name]) => name)).toEqual(['png', 'pptx-images'])
    expect(FORMATS.web.needs).toBe('build')
  })
})
