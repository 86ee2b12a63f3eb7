import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { causeLine, toolCause } from './tool-output.ts'

/** Real stdout and stderr of failed `slidev build` / `slidev export` runs (52.20.1, vite 8.3.8), captured as run() sees them. */
function captured(name: string): [stderr: string, stdout: string] {
  const read = (stream: string) => readFileSync(join(import.meta.dirname, 'tool-output.fixtures', `${name}.${stream}`), 'utf8')
  return [read('stderr'), read('stdout')]
}

describe('toolCause on captured failures', () => {
  it.each([
    ['slidev-build-colon', 'SyntaxError: [lightningcss minify] Unexpected token Semicolon'],
    ['slidev-build-unocss', 'CssSyntaxError: [postcss] /work/main/node_modules/@slidev/client/styles/__uno.css:1:57900: Missed semicolon'],
    ['slidev-build-component', 'RolldownError: Error parsing JavaScript expression: Unexpected token (1:6) (in /tmp/fx/component/components/Broken.vue:7:16)'],
    ['slidev-build-import', 'Error: [vite]: Rolldown failed to resolve import "no-such-package-xyz" from "/tmp/fx/import/slides.md__slidev_1.md".'],
    ['slidev-build-style', 'CssSyntaxError: [postcss] /tmp/fx/style/slides.md__slidev_1.md?vue&type=style&index=0&scoped=c4f4150f&lang.css:2:21: Unexpected }'],
    ['slidev-export-chromium', '/opt/chromium/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory'],
  ])('%s', (name, cause) => {
    expect(toolCause(...captured(name))).toBe(cause)
  })

  it('never quotes a stack frame, an object dump or a progress line', () => {
    for (const name of ['slidev-build-colon', 'slidev-build-unocss', 'slidev-build-component', 'slidev-build-import', 'slidev-build-style', 'slidev-export-chromium']) {
      expect(toolCause(...captured(name))).not.toMatch(/^at |Getter\/Setter|Build failed|PLUGIN_TIMINGS|\u001B/)
    }
  })
})

describe('toolCause without an error line', () => {
  it('takes the first stderr line that is not a warning or a frame', () => {
    expect(toolCause('(node:12) ExperimentalWarning: x\nnpm warn config\nout of memory\n    at foo (x.js:1:2)\n', '')).toBe('out of memory')
  })

  it('takes where the tool stopped on stdout when stderr is empty (a killed build)', () => {
    expect(toolCause('', 'vite v8.3.8 building client environment for production...\ntransforming...\n')).toBe('transforming...')
  })

  it('has nothing to say about no output', () => {
    expect(toolCause('', ' \n')).toBeUndefined()
  })
})

describe('causeLine', () => {
  it('skips Chromium\'s routine logging but keeps its fatal lines', () => {
    const logs = '[pid=9][err] [1130/155000.123:ERROR:bus.cc(407)] Failed to connect to the bus\n[pid=9][err] [1130/155000.200:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!\n'
    expect(causeLine(logs)).toBe('[1130/155000.200:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!')
  })

  it('finds nothing in a message with no error line', () => {
    expect(causeLine('page.goto: Timeout 30000ms exceeded.\nCall log:\n  - navigating to "http://127.0.0.1/1"')).toBeUndefined()
  })
})
