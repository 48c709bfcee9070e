// One CLI input (an HTML page, a plain-text file, or "-" for standard input) → its Summary: HTML goes through the
// same extraction as the extension, with linkedom as the DOM. Its own module so tests can run the CLI's
// pipeline in-process (cli/main.ts runs the command when loaded).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { articleFromText, extractArticle } from '../lib/extract/article';
import { summarise } from '../lib/pipeline';
import type { Summary } from '../lib/schema';

async function readInput(input: string): Promise<string> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(input, 'utf8');
}

/** One input's summary. `url` is the page's address for an HTML input (default: the file's own URL); the
 *  browser/CLI parity test gives both sides the same one. */
export async function summariseInput(input: string, quoteCount: number, url?: string): Promise<Summary> {
  const raw = await readInput(input);
  if (/\.html?$/i.test(input)) {
    const { document } = parseHTML(raw);
    return summarise(extractArticle(document as unknown as Document, url ?? pathToFileURL(resolve(input)).href), {
      quoteCount,
    });
  }
  if (!raw.trim()) throw new Error('The input is empty.');
  return summarise(articleFromText(raw), { quoteCount });
}
