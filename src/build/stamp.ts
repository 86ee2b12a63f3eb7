/**
 * Skips a run that cannot change anything: the stamp is a hash of the generated slides.md, the options
 * that shape the outputs, and the code and components that turn slides.md into them.
 */
import { createHash } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** What, besides slides.md, decides the outputs: our code, components, layouts, styles, CSS scope and the installed versions. */
const CODE_PATHS = ['src', 'components', 'layouts', 'setup', 'styles', 'uno.config.ts', 'package-lock.json']

export async function buildStamp(projectRoot: string, markdown: string, options: unknown): Promise<string> {
  const hash = createHash('sha256')
  hash.update(markdown).update('\0').update(JSON.stringify(options)).update('\0')
  for (const file of await codeFiles(projectRoot)) {
    hash.update(relative(projectRoot, file)).update('\0').update(await readFile(file)).update('\0')
  }
  return hash.digest('hex')
}

async function codeFiles(projectRoot: string): Promise<string[]> {
  const files: string[] = []
  for (const path of CODE_PATHS.map(p => join(projectRoot, p))) {
    if (!existsSync(path)) continue
    if (statSync(path).isFile()) files.push(path)
    else {
      const entries = await readdir(path, { recursive: true, withFileTypes: true })
      files.push(...entries.filter(e => e.isFile() && !e.name.endsWith('.test.ts')).map(e => join(e.parentPath, e.name)))
    }
  }
  return files.sort()
}

/** The stamp left by the last good run, if any. */
export async function readStamp(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim()
  } catch {
    return undefined
  }
}
