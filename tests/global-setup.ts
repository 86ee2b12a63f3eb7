/** After the suite, the build servers its runs left (src/build/build-server.ts) are stopped, not left to idle out. */
import { buildWorkerPids } from '../src/build/build-server.ts'

export function teardown(): void {
  for (const pid of buildWorkerPids()) {
    try {
      process.kill(pid)
    } catch {} // gone meanwhile
  }
}
