// Renders a Summary as plain text or Markdown: used by "Copy summary", the badge card and the CLI.
import type { Person, Quote, Summary } from './schema';

/** The words a reader sees for each verdict label: the popup, the badge, copied text and the CLI all use these. */
export const LABEL_WORDS = { positive: 'Positive', mixed: 'Mixed', negative: 'Negative' } as const;

export function verdictLine(s: Summary): string {
  const v = s.verdict;
  const basis = v.stated
    ? `reviewer's rating: ${v.stated.text}`
    : `inferred from the text, ${Math.round(v.confidence * 100)}% confidence`;
  return `${LABEL_WORDS[v.label]} — ${v.score}/100 (${basis})`;
}

/** "Clint Eastwood — director, actor, producer as Harry Callahan": the primary role first, then the others. */
export function personLine(p: Person): string {
  const chars = p.characters.length ? ` as ${p.characters.join(', ')}` : '';
  const roles = [p.role, ...p.roles.filter((r) => r !== p.role)];
  return `${p.name} — ${roles.join(', ')}${chars}`;
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
