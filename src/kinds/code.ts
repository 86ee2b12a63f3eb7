/** A code block of a technical post, highlighted by Slidev's own Shiki. */
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'
import { codeFence } from '../escape.ts'

export const code: SlideKindSpec<'code', { title: string, language: string, code: string, notes: string[] }> = {
  plan({ title, language, code, notes }, { lang }) {
    return { kind: 'code', ...fitTitle(title, 1, lang), language, code, notes: cleanNotes(notes) }
  },
  render: (slide, shown) => ({ props: {}, body: [heading(slide.shownTitle, shown), codeFence(slide.code, slide.language)] }),
}
