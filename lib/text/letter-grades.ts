// Letter grades as critics print them ("B+", "A-"), on a 0–100 scale: read by the summariser's rating parser (a
// review's own grade) and by the list finder (each critic's grade on a page of reviews).

/** Metacritic's published letter-grade conversion: evenly spaced, A and A+ both top marks. */
export const LETTER_GRADES: Readonly<Record<string, number>> = {
  'A+': 100,
  A: 100,
  'A-': 91,
  'B+': 83,
  B: 75,
  'B-': 67,
  'C+': 58,
  C: 50,
  'C-': 42,
  'D+': 33,
  D: 25,
  'D-': 16,
  F: 0,
};

/** A letter grade alone, as a grade column or score box prints it: "B+", "C-", "A−". */
export const LETTER_GRADE = /^([A-DF])\s*([+\-−–]?)$/;

/** Typographic minus and en dash count as a minus ("B−", "C–"). */
function gradeSign(sign: string): string {
  if (sign === '+') return '+';
  return sign ? '-' : '';
}

/** The 0–100 value of a letter and its sign, or null when it is no grade. */
export function gradeValue(letter: string, sign = ''): number | null {
  return LETTER_GRADES[`${letter}${gradeSign(sign)}`] ?? null;
}
