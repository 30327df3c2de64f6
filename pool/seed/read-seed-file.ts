import { readFileSync } from 'node:fs';
import type { SeedFile } from './seed-file';

/** Reads and shape-checks a seed JSON file. */
export function readSeedFile(path: string): SeedFile {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as SeedFile).pools)) {
    throw new Error(`${path} is not a seed file: it needs a "pools" list.`);
  }
  return parsed as SeedFile;
}
