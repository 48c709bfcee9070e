// Decides whether the text is English (the only language the summariser models are trained on).
// The page's declared language is a hint; the text itself decides, because many sites declare "en" for
// everything and plain-text input declares nothing.

/** Very common function words per language; a text's share of them identifies its language reliably. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'it',
    'with',
    'as',
    'for',
    'his',
    'but',
    'this',
    'was',
    'by',
    'an',
    'are',
    'be',
    'not',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'den',
    'mit',
    'ein',
    'eine',
    'sich',
    'auch',
    'auf',
    'dem',
    'zu',
    'es',
    'von',
    'für',
    'im',
    'wird',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'un',
    'du',
    'que',
    'pas',
    'dans',
    'qui',
    'pour',
    'sur',
    'avec',
    'il',
    'au',
    'ce',
    'se',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'que',
    'es',
    'una',
    'un',
    'del',
    'por',
    'con',
    'para',
    'se',
    'no',
    'su',
    'al',
    'lo',
    'como',
    'más',
  ],
  it: [
    'il',
    'di',
    'che',
    'è',
    'la',
    'una',
    'un',
    'per',
    'non',
    'con',
    'del',
    'della',
    'sono',
    'gli',
    'le',
    'si',
    'nel',
    'anche',
    'da',
    'ma',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'op',
    'te',
    'zijn',
    'met',
    'voor',
    'ook',
    'maar',
    'wordt',
    'aan',
    'bij',
    'als',
    'om',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'que',
    'não',
    'uma',
    'um',
    'do',
    'da',
    'em',
    'para',
    'com',
    'se',
    'é',
    'mais',
    'por',
    'dos',
    'mas',
    'ao',
  ],
};

/** Below this many words the text says too little; trust the declared language (or assume English). */
const MIN_WORDS_TO_JUDGE = 25;
/** Share of CJK / Cyrillic / Arabic… letters above which the text is clearly not English. */
const NON_LATIN_SHARE = 0.3;
/** How much text to look at: a few hundred words settle the language; more only costs time. */
const SAMPLE_CHARS = 4_000;

export interface LanguageGuess {
  code: string;
  supported: boolean;
}

const SUPPORTED = new Set(['en']);
/** Each function word → the languages it belongs to, built once. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [code, list] of Object.entries(STOPWORDS)) {
  for (const w of list) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), code]);
}

export function detectLanguage(text: string, declared: string | null): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const declaredCode = declared?.toLowerCase().split(/[-_]/)[0] || null;
  if (letters > 0 && 1 - latin / letters > NON_LATIN_SHARE) {
    const code = declaredCode && declaredCode !== 'en' ? declaredCode : guessScript(sample);
    return { code, supported: false };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) {
    const code = declaredCode ?? 'en';
    return { code, supported: SUPPORTED.has(code) };
  }
  const hits = new Map<string, number>();
  for (const w of words) for (const code of LANGUAGES_OF.get(w) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  let best = 'en';
  let bestHits = hits.get('en') ?? 0;
  for (const [code, n] of hits) {
    if (n > bestHits) {
      best = code;
      bestHits = n;
    }
  }
  return { code: best, supported: SUPPORTED.has(best) };
}

function guessScript(sample: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) return 'ja';
  if (/\p{Script=Hangul}/u.test(sample)) return 'ko';
  if (/\p{Script=Han}/u.test(sample)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(sample)) return 'ru';
  if (/\p{Script=Arabic}/u.test(sample)) return 'ar';
  return 'und';
}
