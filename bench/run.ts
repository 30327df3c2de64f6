/**
 * `npm run bench [-- name…]`: runs the benches below in order (all of them, or those named). A bench module either
 * exports `run()` or measures when imported. Add new benches to the list.
 */
const benches = ['srp', 'bundle-size', 'vault-kdf', 'popup', 'detector', 'fill'];

const chosen = process.argv.slice(2);
for (const name of benches) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.log(`\n=== bench/${name}.ts`);
  const module = (await import(`./${name}.ts`)) as { run?: () => Promise<void> };
  await module.run?.();
}
