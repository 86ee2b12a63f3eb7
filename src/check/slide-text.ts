/** What each slide of a deck laid out for print (Slidev's `/export`) says, as a person reads it. */
import type { Page } from 'playwright-chromium'

export interface SlideText {
  /** The classes of the slide's layout root, e.g. `slidev-layout deck-frame deck-agenda`. */
  layout: string[]
  /** The visible title (`h1`), or '' when the slide shows none. */
  title: string
  /** All visible text of the slide, as innerText lays it out. */
  text: string
  /** The slide's text outside code blocks (code shows an article's code as it is, template tags included). */
  prose: string
  /** Speakers of the visible quotes (`[data-speaker]`). */
  speakers: string[]
}

export function readSlideTexts(page: Page, selector: string, slides: number): Promise<SlideText[]> {
  return page.evaluate(readSlides, { selector, slides })
}

/** Runs in the page. */
function readSlides({ selector, slides }: { selector: string, slides: number }): SlideText[] {
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  return Array.from(document.querySelectorAll<HTMLElement>(selector)).slice(0, slides).map(container => {
    const layout = container.querySelector<HTMLElement>('.slidev-layout')
    const title = Array.from(container.querySelectorAll<HTMLElement>('h1')).find(visible)
    return {
      layout: Array.from(layout?.classList ?? []),
      title: title?.innerText.trim() ?? '',
      text: (layout ?? container).innerText,
      prose: withoutCode(layout ?? container),
      speakers: Array.from(container.querySelectorAll('[data-speaker]')).filter(visible).map(el => el.getAttribute('data-speaker') ?? ''),
    }
  })

  function withoutCode(root: HTMLElement): string {
    const copy = root.cloneNode(true) as HTMLElement
    for (const code of Array.from(copy.querySelectorAll('pre'))) code.remove()
    return copy.textContent ?? ''
  }
}
