// Settings, always read and written through the zod schema: a corrupt or outdated stored value falls back to
// defaults instead of breaking the extension.
//
// Two storage areas, one Settings object for the rest of the extension:
//  - browser.storage.sync: the preferences (automatic badges, silent sites, quote count), which follow the
//    user to their other browsers;
//  - browser.storage.local: the per-site overrides ("this is / is not a review"). They stay on this device:
//    a list of the sites someone marks is a slice of their browsing history, which sync would copy to the
//    browser vendor's servers; and it grows with use, while sync allows only 8 KB per stored item.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from '../lib/schema';
import type { SiteOverride } from '../lib/site';

const KEY = 'settings';
/** The key of the overrides in browser.storage.local (the background and analyser watch for it). */
export const OVERRIDES_KEY = 'siteOverrides';
const SiteOverrides = Settings.shape.siteOverrides;

async function loadOverrides(): Promise<Settings['siteOverrides']> {
  try {
    const stored = await browser.storage.local.get(OVERRIDES_KEY);
    const parsed = SiteOverrides.safeParse(stored[OVERRIDES_KEY] ?? {});
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.siteOverrides;
  } catch {
    return DEFAULT_SETTINGS.siteOverrides;
  }
}

async function loadSynced(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    const parsed = Settings.safeParse(stored[KEY] ?? {});
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadSettings(): Promise<Settings> {
  const [synced, siteOverrides] = await Promise.all([loadSynced(), loadOverrides()]);
  return { ...synced, siteOverrides };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  const { siteOverrides, ...synced } = next;
  const writes: Promise<void>[] = [];
  if (Object.keys(patch).some((k) => k !== 'siteOverrides')) writes.push(browser.storage.sync.set({ [KEY]: synced }));
  if (patch.siteOverrides) writes.push(browser.storage.local.set({ [OVERRIDES_KEY]: siteOverrides }));
  await Promise.all(writes);
  return next;
}

/** Records the user's word on a site (already normalised), or forgets it (`null`). */
export async function setSiteOverride(site: string, value: SiteOverride | null): Promise<Settings> {
  const { [site]: _old, ...rest } = (await loadSettings()).siteOverrides;
  return saveSettings({ siteOverrides: value === null ? rest : { ...rest, [site]: value } });
}
