// "Summarise selection", background side: a context-menu entry on selected text, on any page. A click opens
// the selection view (entrypoints/selection) in a small window; the view asks the page's analyser to summarise
// the selection, so the text never leaves the browser and the quotes can be found again in the page.
import { type Browser, browser } from 'wxt/browser';
import { injectAnalyser } from './inject';

export const SELECTION_MENU_ID = 'review-lens-summarise-selection';
/** The browser's copy of the selection, for the view to fall back on (see SummariseSelectionRequest). */
export const SELECTION_FALLBACK_KEY = 'review-lens:selection-text';
/** The view's window: the popup's width, tall enough for a list summary without scrolling much. */
const VIEW_SIZE = { width: 440, height: 720 };

export function registerSelectionMenu(): void {
  // Menus persist with the extension: created once per install or update, not on every worker start.
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: SELECTION_MENU_ID, title: 'Summarise selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU_ID) void summariseSelection(info, tab);
  });
}

export async function summariseSelection(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const tabId = tab?.id;
  await browser.storage.session.set({ [SELECTION_FALLBACK_KEY]: info.selectionText ?? '' });
  // The click grants activeTab, so this works on sites without host access too. Where no script may run
  // (browser pages, the PDF viewer) the view summarises the browser's copy of the text instead.
  if (tabId !== undefined && tabId >= 0 && info.frameId === 0) await injectAnalyser(tabId).catch(() => {});
  const query = tabId !== undefined && tabId >= 0 && info.frameId === 0 ? `?tabId=${tabId}` : '';
  const url = browser.runtime.getURL(`/selection.html${query}`);
  try {
    await browser.windows.create({ url, type: 'popup', ...VIEW_SIZE });
  } catch {
    // No windows to open (Firefox for Android): a tab does the same.
    await browser.tabs.create({ url });
  }
}
