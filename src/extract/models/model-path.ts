// Where a committed model file is: from this module's folder up to the folder holding `models/` (source or build).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function committedModelPath(file: string, what: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up += 1) {
    const candidate = join(dir, file);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`${what} (${file}) are missing: they are committed with the project; run \`npm run train\` to make them again`);
}
