import { describe, expect, it } from 'vitest';
import { keepAwakeWhileBusy } from '../../../entrypoints/background/keep-awake-while-busy';

/** Hand-driven timers: `tick()` runs every live interval once. */
function manualTimers() {
  const live = new Map<number, () => void>();
  let next = 1;
  return {
    timers: {
      setInterval: ((callback: () => void) => {
        live.set(next, callback);
        return next++;
      }) as unknown as typeof setInterval,
      clearInterval: ((id: number) => {
        live.delete(id);
      }) as unknown as typeof clearInterval,
    },
    tick: () => {
      for (const callback of live.values()) callback();
    },
    liveCount: () => live.size,
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('keepAwakeWhileBusy', () => {
  it('touches the extension API as a request starts and at every tick until the last request settles', async () => {
    const { timers, tick, liveCount } = manualTimers();
    let pings = 0;
    const whileBusy = keepAwakeWhileBusy({ ping: async () => pings++, everyMs: 500, timers });
    const first = deferred<string>();
    const second = deferred<string>();

    const a = whileBusy(first.promise);
    const b = whileBusy(second.promise);
    expect(pings).toBe(2);
    expect(liveCount()).toBe(1);
    tick();
    tick();
    expect(pings).toBe(4);

    first.resolve('one');
    expect(await a).toBe('one');
    tick();
    expect(pings).toBe(5);

    second.reject(new Error('pool unreachable'));
    await expect(b).rejects.toThrow('pool unreachable');
    expect(liveCount()).toBe(0);
    tick();
    expect(pings).toBe(5);
  });

  it('keeps answering when a ping fails, and starts again for the next request', async () => {
    const { timers, tick, liveCount } = manualTimers();
    let pings = 0;
    const whileBusy = keepAwakeWhileBusy({
      ping: async () => {
        pings++;
        throw new Error('context unloading');
      },
      everyMs: 500,
      timers,
    });
    expect(await whileBusy(Promise.resolve('done'))).toBe('done');
    expect(liveCount()).toBe(0);
    const later = deferred<number>();
    const pending = whileBusy(later.promise);
    tick();
    expect(pings).toBe(3);
    later.resolve(7);
    expect(await pending).toBe(7);
    expect(liveCount()).toBe(0);
  });
});
