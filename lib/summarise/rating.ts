// Reads a rating the reviewer stated ("★★★½", "7/10", "B+", "four stars out of five") and normalises it
// to 0–100. FIRST VERSION: the verdict issue extends the formats and the search for ratings in the page.
import type { Article, StatedRating } from '../schema';

const LETTER_GRADES: Record<string, number> = {
  'A+': 100,
  A: 95,
  'A-': 90,
  'B+': 85,
  B: 80,
  'B-': 75,
  'C+': 70,
  C: 65,
  'C-': 60,
  'D+': 55,
  D: 50,
  'D-': 45,
  F: 20,
};

const REGEXPS = {
  fraction: /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*(\d+(?:\.\d+)?)(?![\d.])/i,
  stars: /^([★☆✩✭✮⭐½\s]+)$/u,
  grade: /^([A-DF][+-−]?)$/,
};

/** Parses one rating string on its own (not searched inside running text). Null when it is not a rating. */
export function parseRating(raw: string): number | null {
  const text = raw.trim();
  const frac = REGEXPS.fraction.exec(text);
  if (frac) {
    const value = Number(frac[1]);
    const best = Number(frac[2]);
    if (best > 0 && value <= best) return clamp((value / best) * 100);
    return null;
  }
  if (REGEXPS.stars.test(text)) {
    const full = (text.match(/[★✭✮⭐]/gu) ?? []).length;
    const half = text.includes('½') ? 0.5 : 0;
    const total = full + half + (text.match(/[☆✩]/gu) ?? []).length;
    const best = total > full + half && total >= 4 ? Math.round(total) : 5;
    return clamp(((full + half) / best) * 100);
  }
  const grade = REGEXPS.grade.exec(text.replace('−', '-'));
  if (grade?.[1]) return LETTER_GRADES[grade[1]] ?? null;
  return null;
}

/** Finds the reviewer's own rating: structured data first, then rating texts near the headline. */
export function findStatedRating(article: Article): StatedRating | null {
  const s = article.structured;
  if (s?.ratingValue != null) {
    const best = s.bestRating ?? 5;
    const worst = s.worstRating ?? 1;
    if (best > worst && s.ratingValue >= worst && s.ratingValue <= best) {
      const score = clamp(((s.ratingValue - worst) / (best - worst)) * 100);
      return { text: s.ratingText ?? `${s.ratingValue}/${best}`, score, origin: 'structured-data' };
    }
  }
  for (const text of article.signals?.ratingTexts ?? []) {
    const score = parseRating(text);
    if (score != null) return { text, score, origin: 'rating-box' };
  }
  return null;
}

function clamp(x: number): number {
  return Math.max(0, Math.min(100, Math.round(x * 10) / 10));
}
