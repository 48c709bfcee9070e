// The command-line contract: `review-lens summarize [--format json|markdown|text] <input>...`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/review-lens.mjs');
const EXAMPLE = 'examples/film-review.html';
const NEWS = 'tests/fixtures/pages/film-news/source.html';

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

beforeAll(() => {
  // Test the current sources, not a stale bundle.
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
});

describe('--format json', () => {
  test('prints one JSON object per input, in input order, with the contract fields', () => {
    const r = run(['summarize', '--format', 'json', EXAMPLE, NEWS]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([EXAMPLE, NEWS]);
    const [review, news] = lines;
    expect(review).toMatchObject({
      isReview: true,
      title: 'The Salt Road',
      verdict: { label: 'positive', score: 75, stated: { score: 75 } },
    });
    expect(review.people).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Teodora Vance', role: 'director', characters: [] })]),
    );
    expect(review.quotes.length).toBe(3);
    // Quotes are the page's own sentences, with offsets that span them.
    const html = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    for (const q of review.quotes) {
      expect(html).toContain(q.text);
      expect(q.end - q.start).toBe(q.text.length);
    }
    expect(news.isReview).toBe(false);
  });

  test('a failing input gets an error line, the rest still run, and the exit code is non-zero', () => {
    const r = run(['summarize', 'no/such/file.txt', EXAMPLE]);
    expect(r.status).toBe(1);
    const [bad, good] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bad).toEqual({ source: 'no/such/file.txt', error: 'No such file.' });
    expect(good.title).toBe('The Salt Road');
  });

  test('an HTML page with no article is a clear error', () => {
    const r = run(['summarize', 'tests/fixtures/pages/empty-page/source.html']);
    expect(JSON.parse(r.stdout).error).toBe("Couldn't find an article on this page.");
  });
});

describe('plain text and standard input', () => {
  const text = [
    'Glass Orchard',
    'Directed by Nadia Petrov, Glass Orchard is a beautifully acted, quietly moving drama.',
    'Its two leads are wonderful together, and the final scenes are as tender as anything this year.',
    'It is one of the most rewarding films of the year and I recommend it without hesitation.',
  ].join('\n');

  test('"-" reads standard input', () => {
    const r = run(['summarize', '-'], text);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toBe('-');
    expect(out.quotes.every((q: { text: string }) => text.includes(q.text))).toBe(true);
  });

  test('a .txt file is read as article text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-cli-'));
    const file = join(dir, 'review.txt');
    writeFileSync(file, text);
    const out = JSON.parse(run(['summarize', file]).stdout);
    expect(out.title).toBe('Glass Orchard');
  });
});

describe('other formats and usage', () => {
  test.each([
    ['text', /^The Salt Road\nVerdict: Positive — 75\/100/],
    ['markdown', /^### The Salt Road\n\n\*\*Verdict:\*\* Positive — 75\/100/],
  ])('--format %s', (format, want) => {
    expect(run(['summarize', '--format', format, EXAMPLE]).stdout).toMatch(want);
  });

  test.each([
    [['summarize'], /Give at least one input/],
    [['summarize', '--format', 'xml', EXAMPLE], /--format must be json, markdown or text/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('%j is a usage error', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
