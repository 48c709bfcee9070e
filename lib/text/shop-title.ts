// A shop's page title wraps the item's name in the shop's furniture: "Shop.com: Acme Kettle 1.7 L : Kitchen",
// "Salt Year: A Novel: Shop.co.uk: Marsh, Helen: 9781234567897: Books". The summary's title is the item's name; the
// page's own title stays as it is for everything else (the review detector reads the department words in it).

/** A segment that is a web address: the shop's name as shops print it in titles. */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|co\.uk|de|fr|it|es|nl|ca|com\.au|co\.jp|jp|in)$/iu;
/** Where a title's segments part: a colon and a space (also " : "). */
const SEGMENT_BREAK = /\s*:\s+/u;

/** The item's name in a shop-shaped title; any other title unchanged. */
export function withoutShopFurniture(title: string): string {
  const segments = title.split(SEGMENT_BREAK);
  const shop = segments.findIndex((s) => DOMAIN.test(s.trim()));
  if (shop < 0) return title;
  // "Item: Shop.co.uk: Author: Code: Department": the item is what comes before the shop.
  if (shop > 0) return segments.slice(0, shop).join(': ');
  // "Shop.com: Item : Department": the item is between the shop and its department.
  const rest = segments.slice(1);
  if (rest.length === 0) return title;
  return (rest.length > 1 ? rest.slice(0, -1) : rest).join(': ');
}
