/**
 * What Slidev's UnoCSS may read. UnoCSS turns every token it extracts into CSS, and Slidev feeds it the
 * article: each slide's Markdown (`slides.md__slidev_N.md`), its frontmatter module (forced in by a
 * `// @unocss-include` header that no pipeline exclude can override), `/@slidev/title-renderer.md` and
 * index.html (scanned with no filter at all). Article text such as `[10:15]` then becomes a rule that fails
 * the build, and `bg-[url(//host/x.png)]` one that loads from the network. So every extractor and source
 * transformer is wrapped to act only on files under the folders below; everything else, whatever its id
 * or markers, gives UnoCSS nothing. So markup we write into slides.md styles itself with classes from
 * styles/, never with utilities.
 */
import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Extractor, ResolvedConfig, SourceCodeTransformer, UserConfig } from '@unocss/core'

/** Our folders whose files may use utility classes. */
const OWN_FOLDERS = ['components', 'layouts', 'styles']

/** Slidev's client (presenter, navigation, icons) and the headmatter's theme: their classes are Slidev's UI. */
const SLIDEV_PACKAGES = ['@slidev/client', '@slidev/theme-default']

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The folders UnoCSS may read, as real paths: Vite names modules by their real path. */
export function scannedFolders(projectRoot = PROJECT_ROOT): string[] {
  const require = createRequire(join(projectRoot, 'package.json'))
  // Slidev loads its client from beside the CLI, which may be a nested copy.
  const fromCli = createRequire(require.resolve('@slidev/cli/package.json'))
  const packages = SLIDEV_PACKAGES.map(name => dirname((name === '@slidev/client' ? fromCli : require).resolve(`${name}/package.json`)))
  return [...OWN_FOLDERS.map(folder => join(projectRoot, folder)), ...packages].map(realPath)
}

function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path // a folder still to be created (layouts/) is named as it will be
  }
}

/** Whether a module id (absolute path, maybe with a `?query`) is a file in one of `folders`. */
export function isScanned(id: string | undefined, folders: string[]): boolean {
  if (id === undefined) return false
  const path = id.split('?')[0]
  return folders.some(folder => path.startsWith(`${folder}/`))
}

/** Wraps the resolved config's extractors and transformers so they skip every module outside `folders`. */
export function scopeToFolders(config: ResolvedConfig, folders: string[]): void {
  config.extractors = config.extractors.map((extractor): Extractor => ({
    ...extractor,
    extract: context => isScanned(context.id, folders) ? extractor.extract?.(context) : undefined,
  }))
  config.transformers = config.transformers?.map((transformer): SourceCodeTransformer => ({
    ...transformer,
    transform: (code, id, context) => isScanned(id, folders) ? transformer.transform(code, id, context) : undefined,
  }))
}

/** The uno.config.ts Slidev merges in, from the project root or with the project as an addon. */
export function unocssConfig(projectRoot = PROJECT_ROOT): UserConfig {
  const folders = scannedFolders(projectRoot)
  return { configResolved: config => scopeToFolders(config, folders) }
}
