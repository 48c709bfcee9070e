// The summary's title on a shop page is the item's name, not the shop's furniture around it.
import { expect, test } from 'vitest';
import { withoutShopFurniture } from '../../lib/text/shop-title';

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
