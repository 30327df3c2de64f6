/** The pool's notion of "now" in epoch milliseconds. `advance` exists on clocks tests can move. */
export interface Clock {
  now(): number;
  advance?(ms: number): void;
}

/** Real time plus an offset that `advance` increases (`POST /_pool/clock`). */
export function createClock(options: { now?: () => number } = {}): Required<Clock> {
  const base = options.now ?? Date.now;
  let offset = 0;
  return {
    now: () => base() + offset,
    advance: (ms: number) => {
      offset += ms;
    },
  };
}
