// One CLI input (an HTML page, a plain-text file, or "-" for standard input) → its Summary: HTML goes through
// the same extraction as the extension, on the tree a browser builds (parsePage). Its own module so tests can
// run the CLI's pipeline in-process (cli/main.ts runs the command when loaded).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { articleFromText, extractArticle } from '../lib/extract/article';
import { summarise } from '../lib/pipeline';
import type { Summary } from '../lib/schema';

/**
 * A saved page as a Document that matches what a browser builds from the same markup, so the CLI decides as the
 * extension does (tests/e2e/parity.test.ts checks it page by page). linkedom alone is not a standard HTML parser:
 * on old markup (text before <html>, unknown elements in <head>) it leaves <body> empty and the page's text
 * outside it. parse5 builds the tree by the HTML standard's rules and linkedom reads its well-formed output.
 * linkedom also looks for <title> only in <head>; the standard (and every browser) takes the first <title> in
 * the document, wherever the parser put it.
 */
export function parsePage(html: string): Document {
  const { document } = parseHTML(serialize(parse(html)));
  Object.defineProperty(document, 'title', {
    get: () => document.querySelector('title')?.textContent ?? '',
  });
  return document as unknown as Document;
}

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
    return summarise(extractArticle(parsePage(raw), url ?? pathToFileURL(resolve(input)).href), { quoteCount });
  }
  if (!raw.trim()) throw new Error('The input is empty.');
  return summarise(articleFromText(raw), { quoteCount });
}
