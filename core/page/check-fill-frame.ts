import { isUsableOrigin } from '../origins/parse-origin';

/** Why this frame may not be filled. */
export type FrameRefusal = 'insecure-origin' | 'cross-origin-frame';

/**
 * Whether Sidekey may fill in the frame `view` shows: its origin must be `https:` or loopback `http:` (exact
 * hosts: `localhost`, `127.0.0.1`, `[::1]` — `localhost.evil.test` is not loopback), and it must be the top frame,
 * or a frame whose every ancestor is on the same origin. A top frame Sidekey cannot read is another origin.
 * Answers null when the frame may be filled. The worker checks the sender again on every request.
 */
export function checkFillFrame(view: Window): FrameRefusal | null {
  const origin = view.location.origin;
  if (!isUsableOrigin(origin)) return 'insecure-origin';
  if (view.top === view) return null;
  const ancestors = view.location.ancestorOrigins;
  if (ancestors && [...ancestors].some((ancestor) => ancestor !== origin)) return 'cross-origin-frame';
  try {
    return view.top?.location.origin === origin ? null : 'cross-origin-frame';
  } catch {
    return 'cross-origin-frame';
  }
}
