/** An image of the article, from the deck's copy (src/assets/), fitted into the slide, its alt text as caption. */
import { BUDGET } from '../config.ts'
import { truncateWords } from '../text.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const image: SlideKindSpec<'image', { title: string, picture: string, alt: string, notes: string[] }> = {
  plan({ title, picture, alt, notes }, { lang }) {
    return { kind: 'image', ...fitTitle(title, 1, lang), picture, alt: truncateWords(alt, BUDGET.captionColumns, lang), notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({ props: { picture: slide.picture, alt: shown(slide.alt) }, body: [heading(slide.shownTitle, shown)] }),
}
