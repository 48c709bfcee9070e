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

/** The summary as the user sees it: their override decides whether it is a review; everything else (verdict,
 *  kind, the detector's confidence) stays as computed. */
export function applySiteOverride(summary: Summary, override: SiteOverride | null): Summary {
  if (override === null) return summary;
  const isReview = override === 'review';
  // A page of many reviews shows its list whether or not the detector called it a review: "not a review"
  // from the user takes the list away too.
  if (!isReview && summary.reviewList) {
    return { ...summary, isReview, reviewList: null, review: { ...summary.review, form: 'single' } };
  }
  return isReview === summary.isReview ? summary : { ...summary, isReview };
}
