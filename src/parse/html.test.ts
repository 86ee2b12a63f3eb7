import { describe, expect, it } from 'vitest'
import { htmlParts, htmlText } from './html.ts'

describe('htmlParts', () => {
  it('keeps what a reader sees and drops scripts, styles, templates, embeds, svg and comments', () => {
    const html = '<div><script>x()</script><style>p{}</style><template>t</template><iframe src="y"></iframe><noscript>n</noscript>' +
      '<svg><text>s</text></svg><!-- c --><p>One <b>two</b><br>three</p><center>Four</center><span>five</span></div>'
    expect(htmlParts(html)).toEqual([
      { kind: 'paragraph', text: 'One two three' },
      { kind: 'paragraph', text: 'Four' },
      { kind: 'paragraph', text: 'five' },
    ])
  })

  it('reads headings, lists, preformatted code, images and tables', () => {
    expect(htmlParts('<h2>Costs</h2><ul><li>a</li><li><i>b</i></li></ul><pre><code class="language-js">let a = 1\n</code></pre>')).toEqual([
      { kind: 'heading', level: 2, text: 'Costs' },
      { kind: 'list', ordered: false, items: ['a', 'b'] },
      { kind: 'code', lang: 'js', text: 'let a = 1' },
    ])
    expect(htmlParts('<p><img src="a.png" alt="A"> <img src="b.png"></p><p>See <img src="c.png" alt="C"> here</p>')).toEqual([
      { kind: 'image', src: 'a.png', alt: 'A' },
      { kind: 'image', src: 'b.png', alt: '' },
      { kind: 'paragraph', text: 'See C here' },
    ])
    expect(htmlParts('<table><tr><td>x</td><td>1</td></tr><tr><td>y<table><tr><td>in</td></tr></table></td><td>2</td></tr></table>')).toEqual([
      { kind: 'table', header: [], rows: [['x', '1'], ['y in', '2']] },
    ])
  })

  it('passes a block\'s text through the given reader (Markdown inside raw HTML)', () => {
    expect(htmlParts('<center>**Title**</center>', raw => raw.replace(/\*\*/g, ''))).toEqual([{ kind: 'paragraph', text: 'Title' }])
  })
})

describe('htmlText', () => {
  it('gives one line of text, entities decoded', () => {
    expect(htmlText('a&amp;b<br/>c <script>no</script><img src=x alt="pic">')).toBe('a&b c pic')
  })
})

describe('a line of links alone in HTML', () => {
  it('is navigation, not a paragraph; a sentence with a link stays', () => {
    const nav = '<div><span>[<a href="a.png">PNG</a>]</span>&nbsp;<span>[<a href="a.svg">SVG</a>]</span></div>'
    expect(htmlParts(nav)).toEqual([])
    expect(htmlParts('<p>Read <a href="x">the report</a> today.</p>')).toEqual([{ kind: 'paragraph', text: 'Read the report today.' }])
  })
})
