// Launches Firefox ESR headless over WebDriver BiDi (puppeteer-core), installs the BUILT add-on
// (.output/firefox-mv3) as a temporary add-on, and serves test pages from localhost. Nothing here touches the
// network: a proxy that goes nowhere takes every request that is not for 127.0.0.1.

import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type EvaluateFunc, type Page } from 'puppeteer-core';
import type { browser as webExtensionApi } from 'wxt/browser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The `browser` global of an extension page, for code run inside one with `page.evaluate`. */
export type WebExtensionApi = typeof webExtensionApi;

/** Extension pages get no BiDi navigation events (see gotoExtensionPage), so their state is polled this often. */
const POLL_MS = 100;
/** How long an extension page may take to load and render; generous for a shared two-core machine. */
const EXTENSION_PAGE_TIMEOUT_MS = 10_000;
/** A port nothing listens on: the proxy for every non-local request, so those fail at once. */
const DEAD_PROXY_PORT = 9;

const REGEXPS = {
  SERVED_PATH: /^\/(tests\/fixtures|examples)\/[\w./-]+$/,
};

export interface Harness {
  firefox: Browser;
  /** moz-extension://<uuid> — the uuid is the one we asked Firefox to use (see launch). */
  extensionOrigin: string;
  baseUrl: string;
  /** An extension page (options.html) kept open to call extension APIs as the add-on itself. */
  control: Page;
  /** Opens a served page and waits until it has loaded. */
  open(path: string): Promise<Page>;
  /** The WebExtension tab id of the tab showing `page`, asked of the add-on (not BiDi's own context id). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup for a tab as a tab of its own (`popup.html?tabId=N`), as the Chromium tests do. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

function serve(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = readServedFile(path);
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, baseUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

function readServedFile(path: string): string | null {
  // Only the fixtures and examples are served.
  if (!REGEXPS.SERVED_PATH.test(path) || path.includes('..')) return null;
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return null;
  }
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Polls `check(arg)` in the page until it is true; evaluation errors while the page navigates count as false. */
export async function pollPage<A>(page: Page, check: EvaluateFunc<[A]>, arg: A, what: string): Promise<void> {
  const deadline = Date.now() + EXTENSION_PAGE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if ((await page.evaluate(check, arg).catch(() => false)) === true) return;
    await new Promise((ok) => setTimeout(ok, POLL_MS));
  }
  throw new Error(`timed out waiting for ${what} in ${await page.evaluate(() => location.href).catch(() => '?')}`);
}

/**
 * Firefox's BiDi loads moz-extension:// documents but sends no navigation or load events for them, so
 * puppeteer's goto would wait for a load it never hears of. Start the navigation, watch the document itself,
 * then drop the wait.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const abort = new AbortController();
  const navigation = page.goto(url, { signal: abort.signal }).catch(() => {});
  try {
    await pollPage(page, (u) => location.href === u && document.readyState === 'complete', url, url);
  } finally {
    abort.abort();
    await navigation;
  }
}

export async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  const id = addonId();
  // Firefox gives each add-on a random uuid per profile; it keeps the map in this pref and honours an entry
  // that is already there, so choosing it up front is how we know where the add-on's pages live.
  const uuid = randomUUID();
  const { server, baseUrl } = await serve();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // BiDi refuses to navigate to anything but http(s)/file/blob unless the client may reach privileged
    // pages; moz-extension:// counts as such. Used for navigation only.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      // Answers "Allow" to permissions.request() without a doorhanger that headless Firefox can't click:
      // stands in for the user granting site access again.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': DEAD_PROXY_PORT,
      'network.proxy.share_proxy_settings': true,
      // Localhost bypasses the proxy (network.proxy.allow_hijacking_localhost stays false).
    },
  });
  try {
    const installed = await firefox.installExtension(EXTENSION_DIR);
    if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
    const extensionOrigin = `moz-extension://${uuid}`;
    const openExtensionPage = async (path: string) => {
      const page = await firefox.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}/${path}`);
      return page;
    };
    const control = await openExtensionPage('options.html');

    return {
      firefox,
      extensionOrigin,
      baseUrl,
      control,
      async open(path) {
        const page = await firefox.newPage();
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        return page;
      },
      async tabIdOf(page) {
        const url = page.url();
        const tabId = await control.evaluate(async (u) => {
          const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
          return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
        }, url);
        if (tabId === null) throw new Error(`no tab for ${url}`);
        return tabId;
      },
      openPopup: (tabId) => openExtensionPage(`popup.html?tabId=${tabId}`),
      async close() {
        await firefox.close();
        server.close();
      },
    };
  } catch (error) {
    await firefox.close();
    server.close();
    throw error;
  }
}
