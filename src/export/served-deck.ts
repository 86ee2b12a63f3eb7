/**
 * A deck open in the build server's Chromium (../build/server-tasks.ts), driven from the run: each call of the
 * ExportedDeck is sent over the server's socket and runs there. Types only from the deck's module, so a run that
 * uses it loads neither Playwright nor the printing code.
 */
import type { ExportedDeck } from './exported-deck.ts'

export type DeckMethod = Exclude<keyof ExportedDeck, 'slides'>

/** A call of one of the deck's methods, as sent to the server. */
export type DeckCall = [method: DeckMethod, args: unknown[]]

/** Every method, so that one added to ExportedDeck cannot be missing here (the type requires each key). */
const METHODS: Record<DeckMethod, true> = {
  checkOverflow: true,
  checkDesign: true,
  checkAccessibility: true,
  readSlides: true,
  printDeck: true,
  printHandout: true,
  printContactSheet: true,
  close: true,
}

export function servedDeck(slides: number, call: (...deckCall: DeckCall) => Promise<unknown>): ExportedDeck {
  const methods = Object.fromEntries(Object.keys(METHODS).map(method => [method, (...args: unknown[]) => call(method as DeckMethod, args)]))
  return { ...methods, slides } as unknown as ExportedDeck
}

/** Runs a call on the deck open in this process (the server's side). */
export function callDeck(deck: ExportedDeck, [method, args]: DeckCall): Promise<unknown> {
  if (!Object.hasOwn(METHODS, method)) throw new Error(`an exported deck has no method ${String(method)}`)
  return (deck[method] as (...args: unknown[]) => Promise<unknown>)(...args)
}
