// Lints the BUILT Firefox add-on (.output/firefox-mv3; `npm run build:firefox` first) with web-ext, i.e. Mozilla's
// addons-linter, the same checks addons.mozilla.org runs on upload. Exit 0 only if there is no error and every
// warning is one of the explained third-party patterns below; anything new, ours or a dependency's, fails until
// someone fixes it or explains it here.
//
//   node scripts/lint-firefox.mjs            one line per finding, then a summary
//   node scripts/lint-firefox.mjs --verbose  also prints why each known warning is acceptable
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIR = join(ROOT, '.output/firefox-mv3');
/** Our own code, scanned for HTML injection the linter can't attribute to us (see REACT_HTML_PROP). */
const OUR_SOURCE_DIRS = ['components', 'entrypoints', 'lib', 'extension'];
/** The bundles are minified onto a few long lines: a warning's line+column is matched against this many
 *  characters either side of it, enough to hold the library's own identifiers and no neighbouring module. */
const CONTEXT_CHARS = 300;

const REGEXPS = {
  // React compiles the `dangerouslySetInnerHTML` prop to a plain object key, so no innerHTML warning would ever
  // point at our component: the only way to know we don't use it is to look at our sources.
  REACT_HTML_PROP: /dangerouslySetInnerHTML/,
  OUR_SOURCE_FILE: /\.(ts|tsx|mts)$/,
};

/** Warnings that come from dependencies, each recognised by code plus the library's text around the spot. */
const KNOWN_THIRD_PARTY = [
  {
    code: 'DANGEROUS_EVAL',
    library: 'zod',
    // Minified `Function('')` or the source's `const F = Function; new F("")`: either way after the jitless check.
    signature: /jitless[\s\S]*\bFunction\b/,
    why:
      "zod's feature probe `try { Function(''); return true } catch { return false }` decides whether it may " +
      "compile validators from our own schema shapes (never from page text). MV3's extension CSP forbids eval, " +
      'so the probe returns false and zod validates without generating code.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'react-dom',
    signature: REGEXPS.REACT_HTML_PROP,
    why:
      "react-dom's implementation of the dangerouslySetInnerHTML prop. None of our components uses that prop " +
      '(checked below), so React only ever renders text nodes.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: '@mozilla/readability',
    signature: /this\._(?:attempts|charThreshold|isSingleImage)/,
    why:
      'Readability moves markup around inside the detached CLONE of the document that lib/extract passes it ' +
      '(it restores its cached copy and unwraps <noscript> images); the live page is never written to.',
  },
];

function fail(message) {
  console.error(`lint-firefox: ${message}`);
  process.exit(1);
}

function contextOf(finding) {
  if (!finding.file || !finding.line) return '';
  const lines = readFileSync(join(SOURCE_DIR, finding.file), 'utf8').split('\n');
  const line = lines[finding.line - 1] ?? '';
  const column = finding.column ?? 0;
  return line.slice(Math.max(0, column - CONTEXT_CHARS), column + CONTEXT_CHARS);
}

function explain(finding) {
  const around = contextOf(finding);
  return KNOWN_THIRD_PARTY.find((known) => known.code === finding.code && known.signature.test(around)) ?? null;
}

function* ourSourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* ourSourceFiles(path);
    else if (REGEXPS.OUR_SOURCE_FILE.test(entry.name)) yield path;
  }
}

function ourHtmlInjections() {
  const hits = [];
  for (const dir of OUR_SOURCE_DIRS) {
    for (const file of ourSourceFiles(join(ROOT, dir))) {
      if (REGEXPS.REACT_HTML_PROP.test(readFileSync(file, 'utf8'))) hits.push(file.slice(ROOT.length + 1));
    }
  }
  return hits;
}

const where = (f) => (f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 0}` : ''}` : 'manifest');

if (!existsSync(join(SOURCE_DIR, 'manifest.json')))
  fail(`no build at ${SOURCE_DIR}; run \`npm run build:firefox\` first.`);

const verbose = process.argv.includes('--verbose');
const result = await webExt.cmd.lint(
  { sourceDir: SOURCE_DIR, output: 'none', boring: true },
  { shouldExitProgram: false },
);

const unexplained = [];
for (const error of result.errors) console.log(`ERROR    ${error.code} ${where(error)}: ${error.message}`);
for (const warning of result.warnings) {
  const known = explain(warning);
  if (!known) {
    unexplained.push(warning);
    console.log(`WARNING  ${warning.code} ${where(warning)}: ${warning.message} (not explained: fix it or explain it)`);
    continue;
  }
  console.log(`known    ${warning.code} ${where(warning)}: ${known.library}${verbose ? ` — ${known.why}` : ''}`);
}
for (const notice of result.notices) console.log(`notice   ${notice.code} ${where(notice)}: ${notice.message}`);

const injections = ourHtmlInjections();
for (const file of injections)
  console.log(`OURS     ${file} uses dangerouslySetInnerHTML: the react-dom warnings are not only third-party now`);

const { errors, warnings, notices } = result.summary;
const problems = errors + unexplained.length + injections.length;
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings (${warnings - unexplained.length} known third-party), ` +
    `${notices} notices; ${problems === 0 ? 'OK' : `${problems} to fix`}`,
);
process.exit(problems === 0 ? 0 : 1);
