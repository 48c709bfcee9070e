// Message routing only: the always-on content script reports cheap page signals; when the settings allow
// and the pre-filter likes the page, inject the full analyser into that tab.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { worthAnalysing } from '../lib/detect/prefilter';
import { PageSignalsMessage } from '../lib/messages';
import { injectAnalyser } from '../utils/inject';
import { isSilentSite, loadSettings } from '../utils/settings';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = PageSignalsMessage.safeParse(raw);
    const tabId = sender.tab?.id;
    // Only our own content script, in a top frame, may ask; anything else is ignored.
    if (!parsed.success || tabId === undefined || sender.frameId !== 0 || sender.id !== browser.runtime.id) return;
    void maybeAnalyse(tabId, sender.tab?.url ?? sender.url ?? '', parsed.data);
  });
});

async function maybeAnalyse(tabId: number, url: string, message: PageSignalsMessage): Promise<void> {
  const settings = await loadSettings();
  if (!settings.autoBadges) return;
  try {
    if (isSilentSite(settings, new URL(url).hostname)) return;
  } catch {
    return;
  }
  if (!worthAnalysing(message)) return;
  await injectAnalyser(tabId).catch(() => {
    // The tab navigated away or closed before the injection: nothing to do.
  });
}
