// The files of a folder, recursively, one at a time in a stable order (that of their sorted paths), so a
// folder of ten thousand articles is never held in memory. Files in no supported format are named with the
// reason; hidden files and folders (.git, .DS_Store) are passed over without a word.
import type { Dirent } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { describeFsError } from './fs-errors';
import { binaryKind, formatOfName, MAGIC_BYTES, unsupported } from './detect-format';

export type FolderEntry = { file: string } | { skipped: string; reason: string };

export async function* walkFolder(folder: string): AsyncGenerator<FolderEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { skipped: folder, reason: describeFsError(error) };
    return;
  }
  // "a/" sorts as the paths below it do, so walking sorted names gives the order of the sorted full paths.
  const key = (entry: Dirent) => (entry.isDirectory() ? `${entry.name}/` : entry.name);
  const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const entry of visible) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (!entry.isFile()) continue; // links, sockets, devices: not followed, as before
    else if (formatOfName(entry.name)) yield { file: path };
    else yield { skipped: path, reason: await whyUnsupported(path) };
  }
}

// A folder is read by extension; what the other files are is said from their first bytes where they show it.
async function whyUnsupported(path: string): Promise<string> {
  const kind = binaryKind(await readHead(path));
  if (kind) return unsupported(kind);
  const extension = extname(path);
  return extension ? unsupported(`a ${extension} file`) : unsupported('a file without extension');
}

async function readHead(path: string): Promise<Uint8Array> {
  try {
    const file = await open(path);
    try {
      const { buffer, bytesRead } = await file.read(new Uint8Array(MAGIC_BYTES), 0, MAGIC_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return new Uint8Array();
  }
}
