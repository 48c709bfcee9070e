// Sites, as the settings name them: the one place that decides how a hostname is written down and matched.
// The silent-site list and the user's "review / not a review" overrides are both keyed by these names, so the
// background, the page analyser, the popup and the options page must agree on them. Pure: no browser APIs.
import type { Settings, Summary } from './schema';

/** The user's word on a site: its pages are reviews, or are not, whatever the detector says. */
export type SiteOverride = Settings['siteOverrides'][string];

/** How a site is stored: lower case, without a leading "www." (www.example.com and example.com are one site). */
export function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** A site the user typed ("Example.com", "https://www.example.com/films"), as stored; null when it is not one. */
export function parseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    return normaliseHost(new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname) || null;
  } catch {
    return null;
  }
}

/** The stored site that covers `hostname`: the host itself or a parent domain (a listed example.com covers
 *  films.example.com). The most specific listed name wins. */
function coveringSite(sites: Iterable<string>, hostname: string): string | null {
  const host = normaliseHost(hostname);
  let best: string | null = null;
  for (const site of sites) {
    const covers = host === site || host.endsWith(`.${site}`);
    if (covers && (best === null || site.length > best.length)) best = site;
  }
  return best;
}

export function isSilentSite(settings: Pick<Settings, 'silentSites'>, hostname: string): boolean {
  return coveringSite(settings.silentSites, hostname) !== null;
}

/** The marked site that covers `hostname` (the key to change or remove), or null when none does. */
export function overriddenSite(settings: Pick<Settings, 'siteOverrides'>, hostname: string): string | null {
  return coveringSite(Object.keys(settings.siteOverrides), hostname);
}

/** The user's override for the site of `hostname`, or null when they have not marked it. */
export function siteOverride(settings: Pick<Settings, 'siteOverrides'>, hostname: string): SiteOverride | null {
  const site = overriddenSite(settings, hostname);
  return site === null ? null : (settings.siteOverrides[site] ?? null);
}

/** The summary as the user sees it: their override decides whether it shows reviews. "Not a review" also drops
 *  the summary of a page of many reviews (a list is shown whatever the single-review decision). Everything else
 *  (verdict, kind, form, the detector's confidence) stays as computed. */
export function applySiteOverride(summary: Summary, override: SiteOverride | null): Summary {
  if (override === 'review') return summary.isReview ? summary : { ...summary, isReview: true };
  if (override === 'not-review')
    return !summary.isReview && summary.reviewList === null
      ? summary
      : { ...summary, isReview: false, reviewList: null };
  return summary;
}
