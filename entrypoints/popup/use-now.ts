import { useEffect, useState } from 'preact/hooks';

/**
 * The popup's one shared ticker: epoch milliseconds, refreshed on every whole second while `running`.
 * Rows read `now` from props instead of each owning a timer.
 */
export function useNow(options: { running: boolean; clock?: () => number }): number {
  const clock = options.clock ?? Date.now;
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!options.running) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = clock();
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [options.running, clock]);
  return now;
}
