/** An image of the article, copied into the deck, fitted, with its alt text as caption. */
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export const image: SlideKindSpec<'image', { title: string, picture: string, alt: string, notes: string[] }> = {
  plan({ title, picture, alt, notes }, { lang }) {
    return { kind: 'image', ...fitTitle(title, 1, lang), picture, alt, notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({ props: { picture: slide.picture, alt: shown(slide.alt) }, body: [heading(slide.shownTitle, shown)] }),
}
