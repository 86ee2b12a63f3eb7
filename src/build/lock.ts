/**
 * One writer per output folder. A run holds `DIR/.deck-lock` from before it decides whether anything changed until
 * its outputs are in place, so a second run into the same folder neither interleaves its files with the first's
 * nor judges "nothing changed" from half-replaced outputs: it waits (saying so once) and gives up after
 * LOCK.waitMs. The lock file is created whole or not at all (a hard link of a written file: link fails if the name
 * exists) and names its holder; a lock whose holder no longer runs on this host is taken over.
 */
import { randomUUID } from 'node:crypto'
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { LOCK } from '../config.ts'
import { DeckError } from '../errors.ts'

export interface LockHolder {
  pid: number
  host: string
  token: string
}

export interface LockOptions {
  waitMs?: number
  pollMs?: number
  /** Called once, when the folder is found locked by a live run. */
  onWait?: (holder: LockHolder) => void
}

export interface FolderLock {
  release(): Promise<void>
}

export async function lockFolder(dir: string, options: LockOptions = {}): Promise<FolderLock> {
  const { waitMs = LOCK.waitMs, pollMs = LOCK.pollMs, onWait } = options
  const path = join(dir, LOCK.file)
  await mkdir(dir, { recursive: true })
  const mine: LockHolder = { pid: process.pid, host: hostname(), token: randomUUID() }
  const deadline = performance.now() + waitMs
  let waiting = false
  for (;;) {
    if (await createExclusive(path, mine)) return { release: () => releaseLock(path, mine) }
    const holder = await readHolder(path)
    if (holder && !isAlive(holder)) {
      await takeOver(path, holder)
      continue
    }
    if (holder && !waiting) {
      waiting = true
      onWait?.(holder)
    }
    if (performance.now() > deadline) {
      throw new DeckError(`another run (PID ${holder?.pid ?? '?'}) has been writing into ${dir} for over ${Math.round(waitMs / 1000)} s; let it finish, or delete ${path} if no run is active`)
    }
    await sleep(pollMs)
  }
}

/** Creates `path` holding `holder`, whole, unless it exists. */
async function createExclusive(path: string, holder: LockHolder): Promise<boolean> {
  const written = `${path}.${holder.token}`
  await writeFile(written, JSON.stringify(holder))
  try {
    await link(written, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw new DeckError(`cannot lock ${path}: ${(error as Error).message}; check that the folder is writable`)
  } finally {
    await rm(written, { force: true })
  }
}

/** The lock's holder; undefined when the lock went away meanwhile. */
async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockHolder
  } catch {
    return undefined
  }
}

/** A holder on another host cannot be asked, so it counts as alive. */
export function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes a dead holder's lock. Only a run holding `path.takeover` may remove the lock, so no run can remove a
 * lock another run has just made in its place; a takeover lock left by a run that died holding it is removed too.
 */
async function takeOver(path: string, dead: LockHolder): Promise<void> {
  const takeover = `${path}.takeover`
  const me: LockHolder = { pid: process.pid, host: hostname(), token: randomUUID() }
  if (!await createExclusive(takeover, me)) {
    const other = await readHolder(takeover)
    if (other && !isAlive(other)) await rm(takeover, { force: true })
    return
  }
  try {
    if ((await readHolder(path))?.token === dead.token) await rm(path, { force: true })
  } finally {
    await rm(takeover, { force: true })
  }
}

async function releaseLock(path: string, mine: LockHolder): Promise<void> {
  if ((await readHolder(path))?.token === mine.token) await rm(path, { force: true })
}
