// A quotation mark at one end of a sentence with no partner inside it belongs to the text around the sentence:
// a testimonial printed in quotation marks ("“Olivia is a wonderful teacher. I have learnt so much.”") splits into
// sentences that open or close a quotation. Shown in quotation marks of its own, such a sentence would read
// ““Olivia is a wonderful teacher.”, so the stray mark goes; what is left is still a verbatim part of the text.
// Single quotation marks are left alone: the closing one is also the apostrophe ("don’t").

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** `text` without a double quotation mark at its start or end that has no partner in it. */
export function withoutStrayQuoteMarks(text: string): string {
  let out = text;
  const opens = count(out, '“');
  const closes = count(out, '”');
  if (opens > closes && out.startsWith('“')) out = out.slice(1).trimStart();
  else if (closes > opens && out.endsWith('”')) out = out.slice(0, -1).trimEnd();
  if (count(out, '"') % 2 === 1) {
    if (out.startsWith('"')) out = out.slice(1).trimStart();
    else if (out.endsWith('"')) out = out.slice(0, -1).trimEnd();
  }
  return out;
}

/** A text wrapped whole in a pair of double quotation marks, with no other double mark inside. */
const WRAPPED = /^(?:“([^“”"]*)”|"([^“”"]*)")$/u;

/** `text` without stray marks and without a pair of quotation marks around the whole of it: a critic's blurb or
 *  a testimonial printed as a quotation ("“A tense, beautifully shot chamber piece.”"), which the views would
 *  show in a second pair of their own. */
export function withoutOuterQuoteMarks(text: string): string {
  const out = withoutStrayQuoteMarks(text);
  const wrapped = WRAPPED.exec(out);
  const inner = wrapped?.[1] ?? wrapped?.[2];
  return inner?.trim() ? inner.trim() : out;
}
