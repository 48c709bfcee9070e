// Builders shared by the lib tests: a page with no signals, overridden by what a case is about.
import type { PageSignals } from '../../lib/schema';

export function pageSignals(over: Partial<PageSignals> = {}): PageSignals {
  return { ogType: null, schemaTypes: [], ratingTexts: [], headline: null, urlPath: '/', hasByline: false, ...over };
}
