// Bundles the command-line tool (cli/main.ts) into dist/cli.mjs so `npx review-lens` runs without a
// TypeScript loader. Runs on `npm install` / `npm ci` (the "prepare" script).
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // linkedom pulls in optional canvas support through a CommonJS require; keep packages external so Node
  // resolves them from node_modules as usual.
  packages: 'external',
  logLevel: 'warning',
});
