/**
 * Atomic outputs: everything is written beside its final path under a staging name, and only when the
 * whole run succeeded are the staged files renamed over the old ones. A failed run leaves them as they were.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { DeckError } from '../errors.ts'
import { interrupted, track } from './interrupt.ts'

/** Writes a file so that readers see the old or the new content, never a half-written one. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const staging = new Staging()
  await staging.writeFile(path, content)
  await staging.commit()
}

export class Staging {
  private readonly pending: { staged: string, final: string }[] = []
  private readonly scratches: string[] = []
  /** Files and folders `place` made at their final paths: removed on discard. */
  private readonly placed: string[] = []
  private readonly tag = `.next-${process.pid}`
  /** Set while anything is staged: an interrupted CLI waits for the run to discard it. */
  private done?: () => void

  /** A path beside `final` to write to now; it replaces `final` on commit. */
  async path(final: string): Promise<string> {
    this.done ??= track()
    await mkdir(dirname(final), { recursive: true })
    const staged = join(dirname(final), stagedName(basename(final), this.tag))
    await rm(staged, { recursive: true, force: true })
    this.pending.push({ staged, final })
    return staged
  }

  /** A path beside `final` for work that is needed during the run but is not an output; removed at the end. */
  async scratch(final: string): Promise<string> {
    this.done ??= track()
    await mkdir(dirname(final), { recursive: true })
    const path = join(dirname(final), stagedName(basename(final), `${this.tag}-scratch`))
    await rm(path, { recursive: true, force: true })
    this.scratches.push(path)
    return path
  }

  /**
   * Writes `final` itself now, for files a tool must find in place during the run (Slidev reads `public/` from the
   * deck's folder), and removes it on discard. For content-named files only: one already there is the same and kept.
   */
  async place(final: string, content: Uint8Array): Promise<void> {
    this.done ??= track()
    if (existsSync(final)) return
    const made = await mkdir(dirname(final), { recursive: true })
    if (made) this.placed.push(made)
    const staged = join(dirname(final), stagedName(basename(final), this.tag))
    await writeFile(staged, content)
    await rename(staged, final)
    this.placed.push(final)
  }

  async writeFile(final: string, content: string): Promise<string> {
    const staged = await this.path(final)
    await writeFile(staged, content)
    return staged
  }

  async commit(): Promise<void> {
    if (interrupted()) throw new DeckError('interrupted')
    for (const { staged, final } of this.pending) {
      const old = `${final}.old-${process.pid}`
      if (existsSync(final)) await rename(final, old)
      await rename(staged, final)
      await rm(old, { recursive: true, force: true })
    }
    this.pending.length = 0
    this.placed.length = 0
    await this.removeScratches()
  }

  async discard(): Promise<void> {
    await Promise.all([...this.pending.map(p => p.staged), ...this.placed].map(path => rm(path, { recursive: true, force: true })))
    this.pending.length = 0
    this.placed.length = 0
    await this.removeScratches()
  }

  private async removeScratches(): Promise<void> {
    await Promise.all(this.scratches.map(path => rm(path, { recursive: true, force: true })))
    this.scratches.length = 0
    this.done?.()
    this.done = undefined
  }
}

/** `slides.md` → `slides.next-123.md`: the extension stays, so tools that look at it still work. */
function stagedName(name: string, tag: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}${tag}${name.slice(dot)}` : `${name}${tag}`
}
