/** A section of the article: its title, its best few sentences and, beside them, its own strongest figure. */
import { BUDGET } from '../config.ts'
import type { Bullet, Callout } from '../types.ts'
import { bulletList } from './bullets.ts'
import { cleanNotes, fitTitle, heading, type SlideKindSpec } from './kind.ts'

export interface SectionInput {
  heading: string
  bullets: Bullet[]
  callout?: Callout
  part?: number
  notes: string[]
}

export const section: SlideKindSpec<'section', SectionInput> = {
  plan({ heading, bullets, callout, part, notes }, { lang }) {
    return {
      kind: 'section',
      ...fitTitle(heading, BUDGET.titleMaxLines.other, lang),
      bullets,
      ...(callout ? { callout } : {}),
      ...(part ? { part } : {}),
      notes: cleanNotes(notes),
    }
  },
  render: (slide, shown) => ({
    props: { ...(slide.callout ? { callout: { ...slide.callout, label: shown(slide.callout.label) } } : {}), ...(slide.part ? { part: slide.part } : {}) },
    body: [heading(slide.shownTitle, shown), bulletList(slide.bullets, shown)],
  }),
}
