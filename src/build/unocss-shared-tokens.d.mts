/** Types of ./unocss-shared-tokens.mjs (plain JavaScript, loaded by the build worker without a TypeScript loader). */
export function shareUnoTokens(core: typeof import('@unocss/core')): void
export function configFingerprint(config: unknown): string
