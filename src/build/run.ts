/** Runs a child process quietly; on failure the error quotes the line of its output that names the cause. */
import { spawn } from 'node:child_process'
import { DeckError } from '../errors.ts'
import { track } from './interrupt.ts'
import { toolCause } from './tool-output.ts'

export interface RunResult {
  stdout: string
  stderr: string
}

export function run(command: string, args: string[], options: { cwd?: string, what: string, env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    const done = track(() => child.kill())
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk })
    child.on('error', error => {
      done()
      reject(new DeckError(`${options.what} could not start: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      done()
      if (code === 0) return resolve({ stdout, stderr })
      reject(toolFailure(options.what, { stdout, stderr }, { code, signal }))
    })
  })
}

/** The one-line error for a tool that failed, quoting its cause; `exit` when its process ended. */
export function toolFailure(what: string, { stdout, stderr }: RunResult, exit?: { code: number | null, signal: NodeJS.Signals | null }): DeckError {
  const cause = toolCause(stderr, stdout)
  const failed = exit?.signal ? `was killed by ${exit.signal}` : cause || !exit ? 'failed' : `failed with exit code ${exit.code}`
  return new DeckError(`${what} ${failed}${cause ? `: ${cause}` : ''} (--debug prints its full output)`, stdout + stderr)
}
