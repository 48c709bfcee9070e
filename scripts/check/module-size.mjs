// `npm run check`: no hand-written module under lib/ longer than MAX_LINES. Data (lexicons, model weights) lives
// in data/ folders as JSON and is exempt; function length is Biome's noExcessiveLinesPerFunction (biome.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A module longer than this does more than one thing: split it by responsibility (docs/architecture.md). */
const MAX_LINES = 300;
const ROOT = 'lib';

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

const tooLong = [];
for (const file of sourceFiles(ROOT)) {
  const lines = readFileSync(file, 'utf8').split('\n').length;
  if (lines > MAX_LINES) tooLong.push(`${file}: ${lines} lines`);
}
if (tooLong.length) {
  console.error(`Modules under ${ROOT}/ over ${MAX_LINES} lines:\n  ${tooLong.join('\n  ')}`);
  process.exit(1);
}
console.log(`module size: every module under ${ROOT}/ is at most ${MAX_LINES} lines.`);
