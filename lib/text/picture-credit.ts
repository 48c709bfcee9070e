// A picture's credit or caption ("Photo by Jane Doe", "Illustration: …", "Image credit: …") is about the picture,
// not the text around it: it names no author of the page (people/byline.ts) and judges nothing reviewed
// (verdict-aspects.ts). The words are shared so both read the same credits.

/** What a picture credit opens with, as a regular-expression group. */
export const PICTURE_WORDS = '(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|credits?)';

/** A line that is a picture's credit: its word, then "by" or a colon ("Photo: Courtesy of Atria Books"). */
export const PICTURE_CAPTION = new RegExp(String.raw`^\s*${PICTURE_WORDS}(?:\s+credits?)?\s*(?:by\b|:)`, 'iu');
