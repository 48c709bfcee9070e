import { browser } from 'wxt/browser';

/** Path of the on-demand analyser bundle (entrypoints/analyser.ts): Readability, the summariser, the badge. */
const ANALYSER_FILE = '/analyser.js';

/** Runs the analyser in the tab's top frame. Running it again re-analyses (it keeps one instance). */
export async function injectAnalyser(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [ANALYSER_FILE] });
}
