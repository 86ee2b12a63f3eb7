import { describe, expect, it } from 'vitest'
import { hasTemplateTags, stripTemplateTags } from './templates.ts'

describe('stripTemplateTags', () => {
  it.each([
    ['{% include figure.html %}', ''],
    ['a {%- if x -%}b{%- endif -%} c', 'a b c'],
    ['{{< youtube abc >}} and {{% notice %}}x{{% /notice %}}', ' and x'],
    ['{{< figure src="a.png"\n caption="b" >}}', '\n'],
    ['[docs]({{ "/docs/" | relative_url }}) {{ site.baseurl }}', '[docs]() '],
    ['Styled.\n{: .notice--info}', 'Styled.\n'],
    ['unclosed {{ stays and {% too', 'unclosed {{ stays and {% too'],
  ])('%j → %j', (source, stripped) => {
    expect(stripTemplateTags(source, [])).toBe(stripped)
  })

  it('leaves the lines of code blocks as written and keeps the line count', () => {
    const source = 'a {{ x }}\n```\n{{ page.title }}\n```\nb {% y %}'
    expect(stripTemplateTags(source, [[1, 4]])).toBe('a \n```\n{{ page.title }}\n```\nb ')
  })

  it('is linear on an article full of unclosed openers', () => {
    const source = '{% {{< {{ '.repeat(200_000)
    const started = performance.now()
    stripTemplateTags(source, [])
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('says when there is anything to strip', () => {
    expect(hasTemplateTags('plain { text }')).toBe(false)
    expect(hasTemplateTags('a {{ b }}')).toBe(true)
  })
})
