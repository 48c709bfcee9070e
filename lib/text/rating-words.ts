// The words printed around a rating number in the languages the page cues read (English, German, French,
// Italian, Spanish, Dutch, Portuguese): shared by the summariser's rating parser, the list finder and the page
// features, so that a language added to one is added to all.

/** "out of" in the other languages: "4 de 5", "4,0 von 5", "3,9 sur 5", "7 su 10", "4 van 5". A regular
 *  expression source, to be put inside a group. */
export const FOREIGN_OUT_OF = 'de|von|sur|su|van';

/** The star unit after a rating: "4 stars", "4,5 Sterne" / "Sternen", "4 étoiles", "4 stelle", "4 estrellas",
 *  "4 sterren". A regular expression source, to be put inside a group. */
export const STAR_WORDS = 'stars?|sterne?n?|étoiles?|stelle|estrellas|sterren';
