/** The closing slide: the article's takeaways (the answer to its title's question, when it asks one) and its source. */
import { markdownText } from '../escape.ts'
import type { SourceLink } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const closing: SlideKindSpec<'closing', { takeaways: string[], source?: SourceLink, notes: string[] }> = {
  plan({ takeaways, source, notes }, { lang, labels }) {
    return {
      kind: 'closing',
      ...fitTitle(takeaways.length > 0 ? labels.takeaways : labels.thanks, 1, lang),
      takeaways,
      source,
      notes: cleanNotes([...notes, source ? `${labels.source}: ${source.url}` : '']),
    }
  },
  render: (slide, shown) => ({
    props: slide.source ? { source: slide.source } : {},
    body: [heading(slide.shownTitle, shown), slide.takeaways.map((t, i) => `${i + 1}. ${markdownText(shown(t))}`).join('\n')],
  }),
}
