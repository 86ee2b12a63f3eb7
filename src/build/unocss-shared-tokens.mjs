// @ts-check
/**
 * UnoCSS's parsed tokens, shared by the builds of one build worker. Every build makes a new UnoCSS generator, which
 * matches each token against every variant and rule again: ≈ 0.5 s of CPU at the end of a 2 s build. The tokens
 * are the same for every deck, as UnoCSS reads only our components and Slidev's client (./unocss-scope.ts), and so
 * is the config but for the deck's own folder, where Slidev also looks for icon collections (a deck folder we
 * write has none). A generator whose resolved config is the same as an earlier one's, the deck's folder aside
 * (compared as text, functions by their source), takes over that one's token processor with its cache of parsed
 * tokens; any other keeps its own. UnoCSS has no option for this, so its generator class is wrapped.
 */
import { createHash } from 'node:crypto'

/** Token processors by config fingerprint: a few, as the config changes only when the project's does. */
const processors = new Map()
const KEPT = 4

let shared = false

/**
 * Wraps the generator class of `core` (the module @unocss/core) once per process: a generator takes a shared token
 * processor when it is made and whenever its config is set (UnoCSS's Vite plugin makes it with an empty config and
 * then sets the deck's, which resets the processor). `deckFolder` names the folder of the deck being built.
 */
export function shareUnoTokens(/** @type {typeof import('@unocss/core')} */ core, /** @type {() => string | undefined} */ deckFolder) {
  if (shared) return
  shared = true
  const Generator = /** @type {{ create: Function, prototype: { resetTokenProcessing: Function } }} */ (Object.getPrototypeOf(core.UnoGenerator))
  const share = (/** @type {any} */ uno) => {
    if (!uno.config) return
    const key = configFingerprint(uno.config, deckFolder())
    const kept = processors.get(key)
    if (kept) uno.tokenProcessor = kept
    else {
      processors.set(key, uno.tokenProcessor)
      if (processors.size > KEPT) processors.delete(processors.keys().next().value)
    }
  }
  const create = Generator.create
  Generator.create = async function (/** @type {unknown[]} */ ...args) {
    const uno = await create.apply(this, args)
    share(uno)
    return uno
  }
  const reset = Generator.prototype.resetTokenProcessing
  Generator.prototype.resetTokenProcessing = function () {
    reset.call(this)
    share(this)
  }
}

/**
 * A hash of the config's text: functions by their source, regular expressions, maps and sets by their entries, and
 * `deckFolder` (in strings) as a placeholder.
 */
export function configFingerprint(/** @type {unknown} */ config, /** @type {string | undefined} */ deckFolder) {
  const seen = new WeakMap()
  let met = 0
  const text = JSON.stringify(config, (_key, value) => {
    if (typeof value === 'function') return `function ${value.toString()}`
    if (value instanceof RegExp) return `regexp ${value}`
    if (value instanceof Map) return ['map', ...value]
    if (value instanceof Set) return ['set', ...value]
    if (typeof value === 'string' && deckFolder) return value.replaceAll(deckFolder, '<the deck folder>')
    if (value && typeof value === 'object') {
      // An object met again (the config shares and nests its parts) is named by the order it was first met in.
      if (seen.has(value)) return `seen ${seen.get(value)}`
      seen.set(value, met++)
    }
    return value
  })
  return createHash('sha256').update(text ?? '').digest('hex')
}
