/**
 * Ctrl-C and SIGTERM end a run cleanly. Work that must not outlive the run registers here: child processes
 * (slidev, Chromium) with a way to stop them, staged outputs with nothing to stop. On a signal the CLI calls
 * interrupt(): every child is stopped, so the step waiting on it fails and the run's own error path discards
 * what it staged; Staging also refuses to commit once interrupted.
 */

let signalled: NodeJS.Signals | undefined
const inFlight = new Set<() => void>()

/** Registers work in flight until the returned call; once interrupted, `stop` runs at once. */
export function track(stop: () => void = () => {}): () => void {
  if (signalled) stop()
  inFlight.add(stop)
  return () => { inFlight.delete(stop) }
}

/** Stops everything in flight; returns whether anything was, that is whether the run has something to wind down. */
export function interrupt(signal: NodeJS.Signals): boolean {
  signalled ??= signal
  for (const stop of inFlight) stop()
  return inFlight.size > 0
}

/** The signal that interrupted the run, if one did. */
export function interrupted(): NodeJS.Signals | undefined {
  return signalled
}
