// @ts-check
/**
 * UnoCSS's parsed tokens, shared by the builds of one build worker. Every build makes a new UnoCSS generator, which
 * matches each token against every variant and rule again: ≈ 0.5 s of CPU at the end of a 2 s build. The tokens
 * are the same for every deck, as UnoCSS reads only our components and Slidev's client (./unocss-scope.ts), and so
 * is the config. A generator whose resolved config is the same as an earlier one's (compared as text, functions by
 * their source) takes over that one's token processor, with its cache of parsed tokens; any other gets its own.
 * UnoCSS has no option for this, so its generator's static `create` is wrapped.
 */
import { createHash } from 'node:crypto'

/** Token processors by config fingerprint: a few, as the config changes only when a deck's does. */
const processors = new Map()
const KEPT = 4

let shared = false

/** Wraps `create` of the generator class of `core` (the module @unocss/core) once per process. */
export function shareUnoTokens(/** @type {typeof import('@unocss/core')} */ core) {
  if (shared) return
  shared = true
  const Generator = /** @type {{ create: Function }} */ (Object.getPrototypeOf(core.UnoGenerator))
  const create = Generator.create
  Generator.create = async function (/** @type {unknown[]} */ ...args) {
    const uno = await create.apply(this, args)
    const key = configFingerprint(uno.config)
    const kept = processors.get(key)
    if (kept) uno.tokenProcessor = kept
    else {
      processors.set(key, uno.tokenProcessor)
      if (processors.size > KEPT) processors.delete(processors.keys().next().value)
    }
    return uno
  }
}

/** A hash of the config's text: functions by their source, regular expressions, maps and sets by their entries. */
export function configFingerprint(/** @type {unknown} */ config) {
  const seen = new WeakMap()
  let met = 0
  const text = JSON.stringify(config, (_key, value) => {
    if (typeof value === 'function') return `function ${value.toString()}`
    if (value instanceof RegExp) return `regexp ${value}`
    if (value instanceof Map) return ['map', ...value]
    if (value instanceof Set) return ['set', ...value]
    if (value && typeof value === 'object') {
      // An object met again (the config shares and nests its parts) is named by the order it was first met in.
      if (seen.has(value)) return `seen ${seen.get(value)}`
      seen.set(value, met++)
    }
    return value
  })
  return createHash('sha256').update(text ?? '').digest('hex')
}
