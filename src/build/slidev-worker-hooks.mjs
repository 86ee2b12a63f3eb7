// @ts-check
/**
 * Module resolve hook for ./slidev-worker.mjs: a module of Slidev's dist/ imported as `…mjs?deck-build=N` imports
 * its sibling modules with the same query, so each build gets its own copy of Slidev's module-level state. Bare
 * imports (Vite, Vue, UnoCSS) resolve as usual and stay loaded across builds.
 */

/** @type {string} */
let dist = ''

/** @param {{ dist: string }} data */
export function initialize(data) {
  dist = data.dist
}

/**
 * @param {string} specifier
 * @param {{ parentURL?: string }} context
 * @param {(specifier: string, context: object) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  const fresh = context.parentURL?.startsWith(dist) ? /\?deck-build=\d+$/.exec(context.parentURL)?.[0] : undefined
  if (fresh && specifier.startsWith('.') && resolved.url.startsWith(dist) && !resolved.url.includes('?')) return { ...resolved, url: resolved.url + fresh }
  return resolved
}
