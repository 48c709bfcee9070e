// The summary's title is the headline or the item's name, not the furniture a site wraps around it.
import { expect, test } from 'vitest';
import { summaryTitle, withoutShopFurniture } from '../../lib/text/title-furniture';

test.each([
  ['Shopmart.com: Acme Kettle 1.7 L, Brushed Steel : Kitchen', 'Acme Kettle 1.7 L, Brushed Steel'],
  ['Salt Year: A Novel: Bookbarn.co.uk: Marsh, Helen: 9781234567897: Books', 'Salt Year: A Novel'],
  ['Shopmart.de: Acme Kettle', 'Acme Kettle'],
  // Titles that are no shop's keep every word, colons included.
  ['Dune: Part Two review – a staggering sequel', 'Dune: Part Two review – a staggering sequel'],
  ['The best kettles of 2026: tested and rated', 'The best kettles of 2026: tested and rated'],
  ['Shopmart.com', 'Shopmart.com'],
])('%j → %j', (title, want) => {
  expect(withoutShopFurniture(title)).toBe(want);
});

test.each([
  // A news site's address and date around the headline.
  ["www.dailystar.example.com | 01/17/2008 | '27 Dresses'", "'27 Dresses'"],
  ['Salt Road review: a quiet triumph - Jan. 17, 2008', 'Salt Road review: a quiet triumph'],
  ['Salt Road review | dailystar.com', 'Salt Road review'],
  ['Kritik: Die Salzstraße | 17. Januar 2008', 'Kritik: Die Salzstraße'],
  ['Salt Road review - 3 Sept. 2008', 'Salt Road review'],
  // A title broken over lines is one line.
  [
    'Citroen C3 Pluriel (2003-) - Road Test - \n\tComfort and Equipment',
    'Citroen C3 Pluriel (2003-) - Road Test - Comfort and Equipment',
  ],
  // Segments that are no address or date stay.
  ['Lancia Delta Review | Auto cars 123', 'Lancia Delta Review | Auto cars 123'],
  ['Blade Runner 2049 - 2017', 'Blade Runner 2049 - 2017'],
  ['Shopmart.com: Acme Kettle 1.7 L, Brushed Steel : Kitchen', 'Acme Kettle 1.7 L, Brushed Steel'],
  ['www.dailystar.com | 01/17/2008', 'www.dailystar.com | 01/17/2008'],
])('summary title %j → %j', (title, want) => {
  expect(summaryTitle(title)).toBe(want);
});
