/**
 * Skips a run that cannot change anything: the stamp is a hash of the article, the options that shape the
 * outputs, and the code and components that turn them into slides.md and the outputs.
 */
import { createHash } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** What, besides slides.md, decides the outputs: our code, components, layouts, styles, CSS scope and the installed versions. */
const CODE_PATHS = ['src', 'components', 'layouts', 'setup', 'styles', 'uno.config.ts', 'package-lock.json']

export async function buildStamp(projectRoot: string, article: string, options: unknown): Promise<string> {
  return createHash('sha256').update(article).update('\0').update(JSON.stringify(options)).update('\0').update(await codeDigest(projectRoot)).digest('hex')
}

/** The code's hash, read once per process: a batch stamps every deck against the code it runs. */
const digests = new Map<string, Promise<string>>()

function codeDigest(projectRoot: string): Promise<string> {
  let digest = digests.get(projectRoot)
  if (!digest) {
    digest = (async () => {
      const hash = createHash('sha256')
      for (const file of await codeFiles(projectRoot)) {
        hash.update(relative(projectRoot, file)).update('\0').update(await readFile(file)).update('\0')
      }
      return hash.digest('hex')
    })()
    digests.set(projectRoot, digest)
  }
  return digest
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

/** What a good run records beside its outputs: the stamp, and what a skipped run reports and checks. */
export interface StampRecord {
  stamp: string
  title: string
  slides: number
  /** Files besides the outputs that must still be there (the deck's picture copies), relative to the deck's folder. */
  files: string[]
}

export function stampText(record: StampRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`
}

/** The record left by the last good run, if any (an older run's plain stamp counts as none). */
export async function readStamp(path: string): Promise<StampRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(path, 'utf8')) as Partial<StampRecord>
    return typeof record.stamp === 'string' && Array.isArray(record.files) ? record as StampRecord : undefined
  } catch {
    return undefined
  }
}
