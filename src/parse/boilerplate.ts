/** Credits and publisher lines (translator, thanks, "translated from", pull requests, sponsors, subscribe). */
import { BOILERPLATE } from '../config.ts'
import { displayWidth } from '../text.ts'

/** Past this width a paragraph is content, even when it mentions a translator or a sponsor. */
const MAX_COLUMNS = 200

export function isBoilerplate(text: string): boolean {
  // Every character takes a column at least: a longer string needs no measuring.
  return text.length <= MAX_COLUMNS && displayWidth(text) <= MAX_COLUMNS && BOILERPLATE.some(pattern => pattern.test(text))
}
