// Pages no extension may script: browser-internal pages, the extension stores, and built-in viewers.
// The popup says so plainly instead of failing with a cryptic injection error.

const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const STORE_HOSTS =
  /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(\/|$)/i;
const PDF = /\.pdf(?:[?#]|$)/i;

export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED_SCHEMES.test(url) || STORE_HOSTS.test(url) || PDF.test(url);
}
