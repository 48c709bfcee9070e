// The words of a date as pages print them: the byline reader drops a date from a name ("Jan 16th, 2008, 9:28am
// by Jane Doe"), the title clean-up drops a date segment ("'27 Dresses' | 01/17/2008"). One spelling of the
// months and days for both, so a month one reader knows the other knows too.

/** An English month, full or abbreviated: "January", "Jan", "Sept". */
export const ENGLISH_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A German month as German pages print it ("22. Februar 2020"; the rest are spelled as in English). */
export const GERMAN_MONTH = '(?:januar|februar|märz|mai|juni|juli|oktober|dezember)';
/** A day of the week, in English and German. */
export const WEEKDAY =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch)';
