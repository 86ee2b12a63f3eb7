/** The run's progress on stderr, one `deck:` line a step, and the step times for the closing line. */

export function progress(message: string): void {
  process.stderr.write(`deck: ${message}\n`)
}

export class StepTimer {
  private readonly steps: string[] = []

  constructor(private readonly report: (message: string) => void = progress) {}

  async time<T>(label: string, message: string, body: () => Promise<T>): Promise<T> {
    this.report(message)
    const started = performance.now()
    const result = await body()
    this.steps.push(`${label} ${seconds(started)}`)
    return result
  }

  toString(): string {
    return this.steps.join(', ')
  }
}

/** Seconds since `since` (a performance.now() reading), as `1.2 s`. */
export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}
