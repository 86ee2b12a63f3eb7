/** The cover: the article's title on the accent field, its lede, byline (date, author) and source. */
import { BUDGET } from '../config.ts'
import { markdownText } from '../escape.ts'
import { leadingSentences } from '../text.ts'
import type { SourceLink } from '../types.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export interface CoverInput {
  title: string
  lede: string
  byline: string
  source?: SourceLink
}

export const cover: SlideKindSpec<'cover', CoverInput> = {
  plan({ title, lede, byline, source }, { lang, labels }) {
    const fitted = fitTitle(title, BUDGET.titleMaxLines.cover, lang)
    return {
      kind: 'cover',
      ...fitted,
      titleSize: 'large',
      lede: lede ? leadingSentences(lede, BUDGET.ledeLines * BUDGET.ledeLineColumns, lang) : '',
      byline,
      source,
      notes: cleanNotes([title, byline, lede, source ? `${labels.source}: ${source.url}` : '']),
    }
  },
  render: (slide, shown) => ({
    props: { byline: slide.byline, ...(slide.source ? { source: slide.source } : {}) },
    body: [heading(slide.shownTitle, shown), markdownText(shown(slide.lede))],
  }),
}
