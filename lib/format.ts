// Renders a Summary as plain text or Markdown: used by "Copy summary", the badge card and the CLI.
import type { Person, Quote, Summary, Verdict } from './schema';

export const LABEL_WORDS = { positive: 'Positive', mixed: 'Mixed', negative: 'Negative' } as const;

/** An inferred verdict below this confidence says so beside its label: the model's doubt is shown as doubt,
 *  never as "mixed". */
export const LOW_CONFIDENCE = 0.7;

/** "low confidence" for an inferred verdict the model is unsure of, else null. */
export function confidenceNote(v: Pick<Verdict, 'basis' | 'confidence'>): string | null {
  return v.basis === 'inferred' && v.confidence < LOW_CONFIDENCE ? 'low confidence' : null;
}

/** The label as people read it: "Positive", or "Positive · low confidence". */
export function verdictHeadline(v: Pick<Verdict, 'label' | 'basis' | 'confidence'>): string {
  const note = confidenceNote(v);
  return note ? `${LABEL_WORDS[v.label]} · ${note}` : LABEL_WORDS[v.label];
}

export function verdictLine(s: Summary): string {
  const v = s.verdict;
  const basis = v.stated
    ? `reviewer's rating: ${v.stated.text}`
    : `inferred from the text, ${Math.round(v.confidence * 100)}% confidence`;
  return `${verdictHeadline(v)} — ${v.score}/100 (${basis})`;
}

export function personLine(p: Person): string {
  const chars = p.characters.length ? ` as ${p.characters.join(', ')}` : '';
  return `${p.name} — ${p.role}${chars}`;
}

/** "Reviewer, Site" or whichever of the two is known. */
export function attribution(s: Summary): string {
  return [s.source.reviewer, s.source.siteName].filter(Boolean).join(', ');
}

/** “quote” — Author, Site (URL) */
export function quoteCitation(q: Pick<Quote, 'text'>, s: Summary): string {
  const who = attribution(s);
  const url = s.source.url ? ` (${s.source.url})` : '';
  return `“${q.text}”${who ? ` — ${who}` : ''}${url}`;
}

export function toPlainText(s: Summary): string {
  const lines = [s.title || s.source.title, `Verdict: ${verdictLine(s)}`];
  if (s.people.length) lines.push(`People: ${s.people.map(personLine).join('; ')}`);
  if (s.quotes.length) {
    lines.push('Key quotes:');
    for (const q of s.quotes) lines.push(`  “${q.text}”`);
  }
  lines.push(`Source: ${sourceLine(s)}`);
  lines.push('Summarised on this device by Review Lens.');
  return lines.join('\n');
}

export function toMarkdown(s: Summary): string {
  const lines = [`### ${escapeMd(s.title || s.source.title)}`, '', `**Verdict:** ${escapeMd(verdictLine(s))}`];
  if (s.people.length) {
    lines.push('', '**People:**');
    for (const p of s.people) lines.push(`- ${escapeMd(personLine(p))}`);
  }
  if (s.quotes.length) {
    lines.push('', '**Key quotes:**');
    for (const q of s.quotes) lines.push(`> “${escapeMd(q.text)}”`, '>');
    lines.pop();
  }
  const who = attribution(s) || s.source.title;
  lines.push('', `Source: ${s.source.url ? `[${escapeMd(who)}](${s.source.url})` : escapeMd(who)}`);
  return lines.join('\n');
}

function sourceLine(s: Summary): string {
  const who = attribution(s);
  return [who || s.source.title, s.source.url].filter(Boolean).join(' — ');
}

/** Escapes the characters that would turn page text into Markdown markup. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
