import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { LOCK } from '../config.ts'
import { DeckError } from '../errors.ts'
import { isAlive, lockFolder, type LockHolder } from './lock.ts'

const folder = () => mkdtempSync(join(tmpdir(), 'deck-lock-'))

/** The PID of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)
}

describe('lockFolder', () => {
  it('makes a second holder wait until the first releases, saying so once', async () => {
    const dir = folder()
    const first = await lockFolder(dir)
    const events: string[] = []
    const waits: LockHolder[] = []
    const second = lockFolder(dir, { pollMs: 20, onWait: holder => waits.push(holder) }).then(lock => {
      events.push('second')
      return lock
    })
    await sleep(150)
    events.push('first releases')
    await first.release()
    await (await second).release()
    expect(events).toEqual(['first releases', 'second'])
    expect(waits).toEqual([expect.objectContaining({ pid: process.pid, host: hostname() })])
    expect(readdirSync(dir)).toEqual([])
  })

  it('lets only one of many holders in at a time', async () => {
    const dir = folder()
    let inside = 0
    let most = 0
    await Promise.all(Array.from({ length: 6 }, async () => {
      const lock = await lockFolder(dir, { pollMs: 5 })
      most = Math.max(most, ++inside)
      await sleep(10)
      inside--
      await lock.release()
    }))
    expect(most).toBe(1)
  })

  it('gives up after the wait with one line naming the holder and the remedy', async () => {
    const dir = folder()
    const held = await lockFolder(dir)
    const error = await lockFolder(dir, { waitMs: 100, pollMs: 20 }).catch(e => e)
    expect(error).toBeInstanceOf(DeckError)
    expect(error.message).toBe(`another run (PID ${process.pid}) has been writing into ${dir} for over 0 s; let it finish, or delete ${join(dir, LOCK.file)} if no run is active`)
    await held.release()
  })

  it('takes over a lock left by a process that has ended', async () => {
    const dir = folder()
    const pid = deadPid()
    writeFileSync(join(dir, LOCK.file), JSON.stringify({ pid, host: hostname(), token: 'left-behind' }))
    const waits: LockHolder[] = []
    const lock = await lockFolder(dir, { waitMs: 1000, onWait: holder => waits.push(holder) })
    expect(waits).toEqual([])
    await lock.release()
    expect(existsSync(join(dir, LOCK.file))).toBe(false)
  })
})

describe('isAlive', () => {
  it('knows a running process, an ended one, and trusts a holder on another host', () => {
    expect(isAlive({ pid: process.pid, host: hostname(), token: '' })).toBe(true)
    expect(isAlive({ pid: deadPid(), host: hostname(), token: '' })).toBe(false)
    expect(isAlive({ pid: deadPid(), host: `not-${hostname()}`, token: '' })).toBe(true)
  })
})
