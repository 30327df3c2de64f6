/**
 * Renders the extension's icons from their SVG sources in public/icons/ to the PNGs committed beside them.
 *
 * The build never runs this: WXT copies public/ as it is, so only someone editing an SVG needs the renderer.
 * Run it after an edit with `npx tsx scripts/draw-icons.ts`; it needs `rsvg-convert` on the PATH (Debian/Ubuntu:
 * `apt-get install librsvg2-bin`; macOS: `brew install librsvg`). Look at the 16 px results before committing:
 * the mark must stay readable at toolbar size.
 *
 * Sources and sizes:
 * - sidekey.svg: the extension icon (manifest `icons`) at 16, 32, 48 and 128 px; also the toolbar's default state.
 * - sidekey-locked.svg, sidekey-code-ready.svg: toolbar states set per tab by the worker, at 16 and 32 px.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ICONS = join(import.meta.dirname, '..', 'public', 'icons');

const RENDERS: ReadonlyArray<{ source: string; sizes: readonly number[] }> = [
  { source: 'sidekey', sizes: [16, 32, 48, 128] },
  { source: 'sidekey-locked', sizes: [16, 32] },
  { source: 'sidekey-code-ready', sizes: [16, 32] },
];

for (const { source, sizes } of RENDERS) {
  for (const size of sizes) {
    const output = join(ICONS, `${source}-${size}.png`);
    execFileSync('rsvg-convert', [
      '--width',
      String(size),
      '--height',
      String(size),
      '--output',
      output,
      join(ICONS, `${source}.svg`),
    ]);
    console.log(`drew ${output}`);
  }
}
