// A sentence cut from a text printed in quotation marks keeps no mark without its partner.
import { expect, test } from 'vitest';
import { withoutOuterQuoteMarks, withoutStrayQuoteMarks } from '../../lib/text/quote-marks';

test.each([
  ['“Really enjoyed every class.', 'Really enjoyed every class.'],
  ['I cannot recommend her highly enough!”', 'I cannot recommend her highly enough!'],
  ['"Really enjoyed every class.', 'Really enjoyed every class.'],
  ['I cannot recommend her highly enough!"', 'I cannot recommend her highly enough!'],
  // Paired marks stay: the sentence quotes someone, or is quoted whole.
  ['She calls it “the best class in town” and means it.', 'She calls it “the best class in town” and means it.'],
  ['“Best class in town.”', '“Best class in town.”'],
  ['He said "go" twice.', 'He said "go" twice.'],
  // Apostrophes and single marks are left alone.
  ['‘Don’t miss it.', '‘Don’t miss it.'],
])('%j → %j', (text, want) => {
  expect(withoutStrayQuoteMarks(text)).toBe(want);
});

// A list's quote that is a blurb printed as a quotation is shown without its own pair of marks.
test.each([
  ['"A tense, beautifully shot chamber piece."', 'A tense, beautifully shot chamber piece.'],
  ['“Best class in town.”', 'Best class in town.'],
  ['“Really enjoyed every class.', 'Really enjoyed every class.'],
  // Marks inside, or marks that do not wrap the whole text, stay.
  ['“She called it “the best” twice.”', '“She called it “the best” twice.”'],
  ['She calls it “the best class in town” and means it.', 'She calls it “the best class in town” and means it.'],
  ['"Go" and "stay" are both there.', '"Go" and "stay" are both there.'],
])('outer marks: %j → %j', (text, want) => {
  expect(withoutOuterQuoteMarks(text)).toBe(want);
});
