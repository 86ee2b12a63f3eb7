/**
 * Liquid, Jekyll and Hugo tags belong to the site generator, not to the article: `{% … %}`, `{%- … -%}`,
 * `{{< … >}}`, `{{% … %}}`, `{{ … }}` and kramdown's attribute lists (`{: .notice}`) are removed wherever
 * they stand outside code blocks; the text around them stays, and so does the line count (a tag's line
 * breaks are kept), so line numbers hold.
 */

/**
 * One tag, shortest match. A tag never contains the opening of another, so each scan stops at the next
 * opener: an article full of unclosed `{%` is still read in linear time.
 */
const TAG = /\{\{[<%](?:(?!\{\{|[>%]\}\})[\s\S])*[>%]\}\}|\{%(?:(?!\{%|%\})[\s\S])*%\}|\{\{(?:(?!\{\{|\}\})[\s\S])*\}\}|\{::?[^{}\n]*\}/g

export function hasTemplateTags(source: string): boolean {
  return source.includes('{%') || source.includes('{{') || source.includes('{:')
}

/** `source` without template tags, except on the lines of `code` (`[start, end)` line ranges, 0-based). */
export function stripTemplateTags(source: string, code: [number, number][]): string {
  const lines = source.split('\n')
  const isCode = new Uint8Array(lines.length)
  for (const [start, end] of code) isCode.fill(1, start, end)
  const out: string[] = []
  let prose: string[] = []
  const flush = () => {
    if (prose.length > 0) out.push(prose.join('\n').replace(TAG, tag => tag.replace(/[^\n]/g, '')))
    prose = []
  }
  lines.forEach((line, i) => {
    if (isCode[i]) {
      flush()
      out.push(line)
    } else prose.push(line)
  })
  flush()
  return out.join('\n')
}
