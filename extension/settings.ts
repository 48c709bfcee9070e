// Settings in browser.storage.sync, always read and written through the zod schema: a corrupt or
// outdated stored value falls back to defaults instead of breaking the extension.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from '../lib/schema';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    const parsed = Settings.safeParse(stored[KEY] ?? {});
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

export function isSilentSite(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.silentSites.some((s) => host === s || host.endsWith(`.${s}`));
}

export function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}
