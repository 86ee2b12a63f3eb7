/**
 * Runs in the page (it is handed over as source, so it uses nothing from outside its own body): a short CSS-ish
 * path naming an element for a report, e.g. `div.deck-aside > div.figure-callout > div.figure-callout__number`:
 * the element and at most two ancestors below `stop`, each with at most two classes, and its place among
 * same-tag siblings when it has some. The same form as the overflow report's paths.
 */
export function elementPath(el: Element, stop: Element): string {
  const segment = (node: Element) => {
    const classes = Array.from(node.classList).filter(name => /^[a-z_-][\w-]*$/i.test(name)).slice(0, 2)
    const siblings = node.parentElement ? Array.from(node.parentElement.children) : [node]
    const nth = siblings.filter(s => s.tagName === node.tagName).length > 1 ? `:nth-child(${siblings.indexOf(node) + 1})` : ''
    return `${node.tagName.toLowerCase()}${classes.map(name => `.${name}`).join('')}${nth}`
  }
  const parts: string[] = []
  for (let node: Element | null = el; node && node !== stop && parts.length < 3; node = node.parentElement) parts.unshift(segment(node))
  return parts.join(' > ')
}

/** `fn(arg, elementPath)` as one expression for `page.evaluate`, which otherwise sends a single function's source. */
export function withElementPath<A>(fn: (arg: A, path: typeof elementPath) => unknown, arg: A): string {
  return `(${fn})(${JSON.stringify(arg)}, ${elementPath})`
}
