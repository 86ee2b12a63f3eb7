/** After the suite, the build servers its runs left (src/build/build-server.ts) are stopped, not left to idle out. */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../src/cli/paths.ts'

/** Pids of this project's Slidev build workers: servers, and workers of runs still going. */
export function buildWorkerPids(): number[] {
  const worker = `${process.execPath} ${join(PROJECT_ROOT, 'src', 'build', 'slidev-worker.mjs')}`
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
    .map(line => /^\s*(\d+) (.*)$/.exec(line))
    .filter(match => match?.[2] === worker)
    .map(match => Number(match![1]))
}

export function teardown(): void {
  for (const pid of buildWorkerPids()) {
    try {
      process.kill(pid)
    } catch {} // gone meanwhile
  }
}
