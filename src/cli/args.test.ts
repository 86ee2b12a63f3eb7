import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors.ts'
import { FORMAT_NAMES } from '../export/formats.ts'
import { USAGE, generateOptions, parseDeckArgs } from './args.ts'
import { PROJECT_ROOT } from './paths.ts'

describe('parseDeckArgs', () => {
  it('reads the new options: --slides, --accent, --theme', () => {
    const options = parseDeckArgs(['a/b/story.md', '--slides', '12', '--accent', '#0a7', '--theme', 'dark', '--duration', '20'])
    expect(options).toMatchObject({ article: 'a/b/story.md', slides: 12, accent: '#0a7', theme: 'dark', minutes: 20 })
    expect(parseDeckArgs([]).theme).toBe('light')
    expect(parseDeckArgs(['--accent', 'Teal']).accent).toBe('Teal')
  })

  it('refuses bad values with one usage error each', () => {
    for (const args of [['--slides', '0'], ['--slides', '2.5'], ['--accent', 'url(x)'], ['--accent', '#12345'], ['--theme', 'blue'], ['--formats', 'pptx,gif'], ['--formats', ',']]) {
      expect(() => parseDeckArgs(args), args.join(' ')).toThrow(UsageError)
    }
  })

  it('takes every format of the table, each once', () => {
    expect(parseDeckArgs(['--formats', `${FORMAT_NAMES.join(',')},pptx`]).formats).toEqual(FORMAT_NAMES)
  })
})

describe('generateOptions', () => {
  it('maps the options the generator takes, the same for npm run deck and npm run dev', () => {
    const options = parseDeckArgs(['notes/story.md', '--lang', 'en', '--duration', '20', '--slides', '9', '--accent', 'teal', '--theme', 'dark', '--out', 'x'])
    expect(generateOptions(options)).toEqual({ lang: 'en', minutes: 20, slides: 9, fileName: 'story.md', accent: 'teal', theme: 'dark', addonRoot: PROJECT_ROOT })
    expect(generateOptions(parseDeckArgs(['story.md'])).addonRoot).toBeUndefined()
  })
})

describe('USAGE', () => {
  it('lists every format of the table with its file, and one line for each new option', () => {
    for (const name of FORMAT_NAMES) expect(USAGE).toMatch(new RegExp(`^ {6}${name} +\\S+ +\\S`, 'm'))
    for (const option of ['--slides N', '--accent COLOR', '--theme light|dark']) expect(USAGE.split('\n').filter(line => line.trimStart().startsWith(option))).toHaveLength(1)
  })
})
