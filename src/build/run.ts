/** Runs a child process quietly; on failure its last output lines go into the error. */
import { spawn } from 'node:child_process'
import { DeckError } from '../errors.ts'

export interface RunResult {
  stdout: string
  stderr: string
}

export function run(command: string, args: string[], options: { cwd?: string, what: string, env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk })
    child.on('error', error => reject(new DeckError(`${options.what} could not start: ${error.message}`)))
    child.on('close', code => {
      if (code === 0) return resolve({ stdout, stderr })
      const tail = lastLines(stripAnsi(stderr || stdout), 3)
      reject(new DeckError(`${options.what} failed (exit ${code})${tail ? `: ${tail}` : ''}`))
    })
  })
}

function lastLines(text: string, count: number): string {
  return text.split('\n').map(l => l.trim()).filter(Boolean).slice(-count).join(' | ')
}

function stripAnsi(text: string): string {
  return text.replace(/\u001B\[[0-9;]*[A-Za-z]/g, '')
}
