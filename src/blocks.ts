/** Plain text of the article's blocks, shared by the stages that read an `Article`. */
import type { Block } from './types.ts'

export function blockPlainText(block: Block): string {
  switch (block.kind) {
    case 'paragraph': return block.text
    case 'list': return block.items.join(' ')
    case 'table': return [block.header, ...block.rows].map(row => row.join(' ')).join(' ')
    case 'code': return block.text
    case 'image': return block.alt
    case 'subheading': return block.text
    case 'turn': return `${block.speaker}: ${block.text}`
  }
}
