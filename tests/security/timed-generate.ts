/**
 * Child process for the size tests: builds one named input, runs generateDeck on it and prints
 * `{ ms, slides }` or `{ ms, refused }` as JSON. A child, so a hang is killed instead of stalling vitest.
 */
import { DeckError } from '../../src/errors.ts'
import { generateDeck } from '../../src/generate.ts'

const ORDINARY_PARAGRAPH = 'The market rose 5% today after a long week. Analysts said the gain was broad and steady. '.repeat(6)

export const INPUTS: Record<string, () => string> = {
  '100,000 [': () => `# T\n\n${'['.repeat(100_000)}\n`,
  '40,000 <!--': () => `# T\n\n${'<!--'.repeat(40_000)}\n`,
  '10,000-deep > nesting': () => `# T\n\n${'>'.repeat(10_000)} deep\n`,
  '10,000-deep list nesting': () => `# T\n\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')}\n`,
  '5 MB single line': () => `# T\n\n${'word '.repeat(1024 * 1024)}\n`,
  '300 KB of ordinary paragraphs': () => `# T\n\n${Array.from({ length: 600 }, () => ORDINARY_PARAGRAPH).join('\n\n')}\n`,
  'one sentence with 4,800 figures': () => `# T\n\n## S\n\n${'1% '.repeat(4_800)}\n`,
}

const name = process.argv[2]
if (name) {
  const source = INPUTS[name]()
  const started = performance.now()
  try {
    const { plan } = generateDeck(source)
    console.log(JSON.stringify({ ms: performance.now() - started, slides: plan.slides.length }))
  } catch (error) {
    if (!(error instanceof DeckError)) throw error
    console.log(JSON.stringify({ ms: performance.now() - started, refused: error.message }))
  }
}
