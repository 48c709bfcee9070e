// Mozilla's add-on linter (web-ext lint) on the built Firefox add-on: no errors, only explained warnings.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from './harness';

/** addons-linter scans ~1.7 MB of bundles; ~15 s here, more on a busy machine. */
const LINT_TIMEOUT_MS = 50_000;

test(
  'web-ext lint passes: no errors, every warning a known third-party pattern',
  async () => {
    const run = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/lint-firefox.mjs')], {
      cwd: ROOT,
    }).catch((error: { stdout?: string; stderr?: string }) => error);
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    expect(output).toMatch(/web-ext lint: 0 errors, .*; OK$/m);
  },
  LINT_TIMEOUT_MS,
);
