// Size of the built extension, file by file, raw and gzipped (the always-on content script matters most).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Null when the extension has not been built (`npm run build`). */
export function extensionSizes(target = 'chrome-mv3'): FileSize[] | null {
  const dir = join(ROOT, '.output', target);
  if (!existsSync(dir)) return null;
  return walk(dir)
    .map((path) => {
      const data = readFileSync(path);
      return { file: relative(dir, path), bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
