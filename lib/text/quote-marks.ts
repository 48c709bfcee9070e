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
