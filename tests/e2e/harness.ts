// Launches Debian's Chromium with the BUILT extension (.output/chrome-mv3) and serves test pages from
// localhost. Nothing here touches the network: every request outside 127.0.0.1 is refused.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The bits of the extension API the harness calls inside the service worker. */
declare global {
  const chrome: {
    action: { getBadgeText(q: { tabId: number }): Promise<string>; getTitle(q: object): Promise<string> };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      create(p: { url: string }): Promise<{ id?: number }>;
    };
  };
}

export const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Generated pages (e.g. the 5 MB one) by path; everything else is read from the project. */
export type PageMap = Record<string, string>;

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  /** Opens a served page and waits until it has loaded. */
  open(path: string): Promise<Page>;
  /** The extension's id for a tab showing `page` (looked up through the service worker). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup for the tab of `page` (or a tab id), as a tab of its own (`?tabId=N`). */
  openPopup(page: Page | number): Promise<Page>;
  /** Opens any URL (also browser pages such as chrome://version) in a tab the extension creates. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Clicks the popup's copy button as a user does, waits for its on-screen confirmation, and returns what the
   *  clipboard then holds, read back from `page` (readText is denied on extension pages; the served page's
   *  origin is granted clipboard-read). */
  copyFromPopup(popup: Page, page: Page, button?: string): Promise<string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8' };

function serve(generated: PageMap): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = generated[path] ?? readProjectFile(path);
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, baseUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

function readProjectFile(path: string): string | null {
  // Only the fixtures and examples are served.
  if (!/^\/(tests\/fixtures|examples)\/[\w./-]+$/.test(path) || path.includes('..')) return null;
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return null;
  }
}

export async function launch(generated: PageMap = {}): Promise<Harness> {
  const { server, baseUrl } = await serve(generated);
  const profile = mkdtempSync(join(tmpdir(), 'review-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  // A loaded machine can take a while to start the extension's service worker.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = async (page: Page) => {
    const url = page.url();
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  };

  return {
    context,
    worker,
    extensionId,
    baseUrl,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      return page;
    },
    tabIdOf,
    async openTab(url) {
      const pageEvent = context.waitForEvent('page');
      const tabId = await worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id ?? -1, url);
      const page = await pageEvent;
      await page.waitForLoadState('load');
      return { page, tabId };
    },
    async openPopup(page) {
      const tabId = typeof page === 'number' ? page : await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async copyFromPopup(popup, page, button = 'Copy summary') {
      await popup.bringToFront();
      await popup.getByRole('button', { name: button }).click();
      // The button confirms on screen (its label changes, so find it by its new name).
      await popup.getByRole('button', { name: 'Copied ✓' }).waitFor();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.bringToFront();
      return page.evaluate(() => navigator.clipboard.readText());
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
