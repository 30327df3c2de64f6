import { execFileSync } from 'node:child_process';

let built = false;

/**
 * Builds the store build (`wxt build`, what users get, into .output/chrome-mv3) once per bench process: the benches
 * that read it (bundle-size, detector) share one build.
 */
export function buildStore(): string {
  if (!built) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  built = true;
  return '.output/chrome-mv3';
}
