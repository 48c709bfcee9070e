// What a page's cheap signals (structured data types, og:type, URL, headline) say about being a review.
// Shared by the always-on pre-filter (lib/detect/prefilter.ts) and the full decision (review.ts), so the two
// never disagree about what a "review" URL or a "news" headline looks like. Pure: strings in, cues out.
import type { PageSignals } from '../schema';

const REGEXPS = {
  reviewType: /^(?:Review|CriticReview|UserReview)$/,
  /** Article-ish types: a page that is an article may carry user ratings and still be editorial. */
  articleType: /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|OpinionNewsArticle|CriticReview)$/i,
  /** Shop, recipe and lodging markup: star ratings there rate a thing for sale, not an author's review. */
  commerceType: /^(?:Offer|AggregateOffer|AggregateRating|Recipe|LodgingBusiness|Hotel|VacationRental|Store)$/,
  claimReviewType: /^ClaimReview$/,
  /** og:type values of pages that sell or catalogue a thing rather than write about it. */
  commerceOgType: /^(?:product|og:product|product\.item|books\.book|video\.movie|music\.album)$/i,
  /** English review words plus the German and French ones seen on real review URLs and headlines. */
  reviewWord:
    /(?:\breviews?\b|\breviewed\b|-review\b|\bhands[- ]on\b|\broad[- ]tests?\b|\bfirst look\b|\bim test\b|\bim praxistest\b|\/tests?\/|\brezension\b|\brezi\b|\bkritik\b|\bcritique\b|\bverdict\b)/i,
  /** Headlines of news, lists, interviews, guides and fact-checks: the hard negatives around reviews. "A great
   *  deal of…" is the idiom, not a deal post; "talks" is the interview's verb, where "Talk" names a site or a show.
   *  Pages about reviewing are no review either: a site's policy ("How we review", "Our review guidelines",
   *  "scoring scale"), news of someone's review ("… savages X in one-star review", "review-bombed") and
   *  retrospectives ("2026 in review"). */
  notReviewHeadline:
    /(?:^\s*\d+\s|\b\d+\s+(?:\w+\s+){0,2}(?:films|movies|games|books|albums|songs|shows|things|ways|reasons|tips|ideas|deals)\b|\b(?:top|best|worst|greatest)\s+(?:\d+\s+)?(?:\w+\s+){0,2}(?:of|films|movies|games|books|albums|songs|scenes|shows|tv|series|episodes|deals|gifts)\b|\binterview\b|\bq&a\b|\btalks\b|\bexplains?\b|\bannounce[sd]?\b|\bunveil|\brumou?red?\b|\bnominat|\bawards?\b|\bwins?\b|\bobituary\b|\bdies\b|\bdead at\b|\bfact[- ]check|\bletters?\b|\bhow (?:to|we)\b|\breview (?:policy|policies|guidelines?|process|methodology|standards)\b|\bscoring (?:scale|system|policy)\b|\bin (?:(?:a|an|his|her|their|its) )?(?:[\w-]+ ){0,2}reviews?\b|\breview[- ]bomb|\bwhere to buy\b|\bgift guide\b|(?<!\b(?:great|good)\s)\bdeals?\b|\btips\b|\blist of\b|\btrailer\b|\bbox office\b|\brelease date\b|\bpatch notes\b|\bup for\b|\bcould replace\b|\bset to\b)/i,
  /** What separates the parts of a document title: "Headline | Section | Site", "Headline - Site". */
  titleSeparator: /\s+[|–—·»-]\s+/,
  /** A section of reviews named in the title: "Restaurant reviews", "Film Reviews", "Reviews". Plural only,
   *  and only between the headline and the site name, so publications named "… Review" do not count. */
  reviewSection: /^(?:[\p{L}&'’-]+\s+){0,2}reviews$/iu,
  /** A section label printed above the headline or in a breadcrumb trail (lib/extract/section-labels.ts):
   *  "Review", "Live Review", "Restaurant reviews", "Rezension". Singular too: a label there is a section's
   *  name, not a publication's. */
  sectionLabel: /^(?:[\p{L}&'’-]+\s+){0,2}(?:reviews?|rezension(?:en)?|kritik(?:en)?|critiques?)$/iu,
  /** The title's last part naming the kind of review the page is: "Headline - PopMatters Film Review". A kind
   *  word before "Review" is what tells a page label from a publication named "… Review" ("National Review",
   *  "Harvard Business Review"). Matters where the URL says nothing (a saved page, a neutral address), and in
   *  browsers Readability can drop a credits header that the text cues would otherwise count. */
  kindReviewSuffix:
    /^(?:[\p{L}&'’-]+\s+){0,2}(?:film|movie|game|video game|album|music|book|restaurant|tv|television|theatre|theater|concert|product)\s+reviews?$/iu,
  /** URL sections of news, lists and shops. */
  notReviewUrl:
    /(?:[/_-]news[/_-]|\/(?:news|fact-check|factcheck|interviews?|obituar(?:y|ies)|lists?|gallery|galleries|recipes?|rezepte|shop|store|products?|wiki|docs?|documentation|tag|category|search)\/)/i,
} as const;

export interface PageCues {
  /** schema.org Review / CriticReview on a page that is not a shop, recipe or lodging listing. */
  reviewMarkup: boolean;
  /** schema.org Review / CriticReview anywhere, shops included (a weighed feature, not a veto). */
  reviewMarkupAny: boolean;
  /** AggregateRating markup: many people's ratings of one item. */
  aggregateRating: boolean;
  /** Shop / recipe / lodging markup, or an og:type that sells or catalogues a thing. */
  commerce: boolean;
  /** A fact-check (ClaimReview): it has a rating but reviews a claim, not a work. */
  factCheck: boolean;
  /** "review", "hands-on", "im Test"… in the URL path. */
  reviewUrl: boolean;
  /** …or in the headline / title. */
  reviewHeadline: boolean;
  /** The document title files the page under a reviews section ("Headline | Restaurant reviews | Site") or ends
   *  in the page's kind of review ("Headline - PopMatters Film Review"), or the page prints such a section
   *  above its headline or in its breadcrumbs ("Live Review", "Home › Reviews › Strategy"). */
  reviewSection: boolean;
  /** A news, list, interview, guide or fact-check headline. */
  notReviewHeadline: boolean;
  /** A news / list / shop / docs URL section. */
  notReviewUrl: boolean;
}

export function readPageCues(signals: PageSignals | null, title = ''): PageCues {
  const types = signals?.schemaTypes ?? [];
  const has = (re: RegExp) => types.some((t) => re.test(t));
  const isArticle = has(REGEXPS.articleType);
  const commerce =
    (has(REGEXPS.commerceType) && !isArticle) || REGEXPS.commerceOgType.test(signals?.ogType?.trim() ?? '');
  const headlines = [signals?.headline ?? '', title].filter(Boolean);
  const urlPath = signals?.urlPath ?? '';
  return {
    reviewMarkup: has(REGEXPS.reviewType) && !commerce,
    reviewMarkupAny: has(REGEXPS.reviewType),
    aggregateRating: has(/^AggregateRating$/),
    commerce,
    factCheck: has(REGEXPS.claimReviewType),
    reviewUrl: REGEXPS.reviewWord.test(urlPath.replace(/[_+]/g, '-')),
    reviewHeadline: headlines.some((h) => REGEXPS.reviewWord.test(h)),
    reviewSection:
      titleSections(signals?.documentTitle).some((s) => REGEXPS.reviewSection.test(s)) ||
      (signals?.sectionLabels ?? []).some((s) => REGEXPS.sectionLabel.test(s)) ||
      REGEXPS.kindReviewSuffix.test(titleEnd(signals?.documentTitle)),
    notReviewHeadline: headlines.some((h) => REGEXPS.notReviewHeadline.test(h)),
    notReviewUrl: REGEXPS.notReviewUrl.test(urlPath),
  };
}

/** Whether a text (a document title, a headline) uses a review word ("review", "hands-on", "im Test"…). */
export function namesReview(text: string | undefined): boolean {
  return REGEXPS.reviewWord.test(text ?? '');
}

/** The parts of a document title between its first (the headline) and its last (the site name). */
function titleSections(documentTitle: string | undefined): string[] {
  return (documentTitle ?? '').split(REGEXPS.titleSeparator).slice(1, -1);
}

/** The last part of a document title (after the headline), or "" when the title has one part only. */
function titleEnd(documentTitle: string | undefined): string {
  const parts = (documentTitle ?? '').split(REGEXPS.titleSeparator);
  return parts.length > 1 ? (parts.at(-1) ?? '').trim() : '';
}
