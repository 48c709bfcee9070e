import { describe, expect, test } from 'vitest';
import type { Article, Person } from '../../lib/schema';
import { findPeople } from '../../lib/summarise/people';
import { parseCreditsLine } from '../../lib/summarise/people/credits';

function article(text: string, extra: Partial<Article> = {}): Article {
  return {
    url: null,
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    text,
    extraction: 'plain-text',
    structured: null,
    signals: null,
    ...extra,
  };
}

const people = (text: string, extra: Partial<Article> = {}): Person[] => findPeople(article(text, extra), []);
const byName = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('parseCreditsLine', () => {
  test.each([
    ['Director: Jane Campion', [['Jane Campion', 'director', null]]],
    [
      'Cast: Clive Owen, Ian McKellen Director: Sean Mathias Music: Philip Glass U.S. Distributor: Samuel Goldwyn',
      [
        ['Clive Owen', 'actor', null],
        ['Ian McKellen', 'actor', null],
        ['Sean Mathias', 'director', null],
        ['Philip Glass', 'composer', null],
      ],
    ],
    [
      'HEAT (director: Michael Mann; cast: Al Pacino (Vincent Hanna), Robert De Niro (Neil McCauley), 1995)',
      [
        ['Michael Mann', 'director', null],
        ['Al Pacino', 'actor', 'Vincent Hanna'],
        ['Robert De Niro', 'actor', 'Neil McCauley'],
      ],
    ],
    [
      'Screenplay: Hossein Amini, based on the novel by Henry James. Director: Iain Softley.',
      [
        ['Hossein Amini', 'writer', null],
        ['Henry James', 'author', null],
        ['Iain Softley', 'director', null],
      ],
    ],
  ])('%s', (line, want) => {
    expect(parseCreditsLine(line).map((c) => [c.name, c.role, c.character])).toEqual(want);
  });

  test.each([
    ['The director: a man of few words.'],
    ['Running Time: 101 minutes. MPAA Rating: R'],
    ['Clive Owen is very good here, and so is Ian McKellen.'],
  ])('no credits in %s', (line) => {
    expect(parseCreditsLine(line)).toEqual([]);
  });
});

describe('findPeople', () => {
  test.each([
    ['Max (Clive Owen) and Rudy (Brian Webber) are lovers. Owen is superb.', 'Clive Owen', 'actor', ['Max']],
    [
      "Joaquin Phoenix plays Arthur Fleck. Phoenix is gaunt; Phoenix's laugh is chilling.",
      'Joaquin Phoenix',
      'actor',
      ['Arthur Fleck'],
    ],
    ['The film was directed by Kathryn Bigelow with great control.', 'Kathryn Bigelow', 'director', []],
    ["Jane Campion's direction is precise, and Michael Nyman's score soars.", 'Michael Nyman', 'composer', []],
    ['The toys come alive. Woody (voiced by Tom Hanks) is jealous.', 'Tom Hanks', 'actor', ['Woody']],
  ])('%s → %s', (text, name, role, characters) => {
    const p = byName(text, name);
    expect(p?.role).toBe(role);
    expect(p?.characters).toEqual(characters);
  });

  test('merges full name, surname and possessive into one mention count', () => {
    const p = byName("Joaquin Phoenix stars. Phoenix is good. Phoenix's final scene is the best.", 'Joaquin Phoenix');
    expect(p?.mentions).toBe(3);
  });

  test.each([
    ['a place', 'The story moves from New York to Los Angeles, and Meryl Streep is wonderful.', 'New York'],
    ['the character of a pair', 'Anna Scott (Julia Roberts) is a film star.', 'Anna Scott'],
    ['the film title', 'Julia Roberts plays Erin Brockovich, a mother of three.', 'Erin Brockovich'],
    ['the reviewer', 'Meryl Streep is wonderful.\nCopyright 1999 James Berardinelli', 'James Berardinelli'],
    ['a byline reviewer', 'Anna Lindqvist thinks Meryl Streep is wonderful.', 'Anna Lindqvist'],
  ])('leaves out %s', (_what, text, name) => {
    const names = people(text, { byline: 'Anna Lindqvist', title: 'Erin Brockovich' }).map((p) => p.name);
    expect(names).not.toContain(name);
  });

  test('orders the director and the leads first', () => {
    const text =
      'Cast: Keanu Reeves, Laurence Fishburne, Carrie-Anne Moss Director: Lana Wachowski\nThe effects are new. Joe Pantoliano sneers, Pantoliano schemes, Pantoliano betrays.';
    expect(
      people(text)
        .slice(0, 2)
        .map((p) => p.name),
    ).toEqual(['Lana Wachowski', 'Keanu Reeves']);
  });

  test('structured data names people outright', () => {
    const p = people('A fine film.', {
      structured: {
        type: 'Review',
        ratingValue: null,
        bestRating: null,
        worstRating: null,
        ratingText: null,
        author: 'Some Critic',
        itemName: 'Heat',
        itemType: 'Movie',
        actors: ['Al Pacino'],
        directors: ['Michael Mann'],
        authors: [],
        reviewBody: null,
      },
    });
    expect(p.map((x) => [x.name, x.role])).toEqual([
      ['Michael Mann', 'director'],
      ['Al Pacino', 'actor'],
    ]);
  });
});
