/** Types of ./unocss-shared-tokens.mjs (plain JavaScript, loaded by the build worker without a TypeScript loader). */
export function shareUnoTokens(core: typeof import('@unocss/core'), deckFolder: () => string | undefined): void
export function configFingerprint(config: unknown, deckFolder?: string): string
