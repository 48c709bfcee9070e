// Table tests for the people rules added after the 2026-12-07 team annotations of IMDB user reviews and critics'
// reviews: made-up sentences in the shapes those reviews use.
import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import type { Person } from '../../lib/schema';
import { findPeople } from '../../lib/summarise/people';

const people = (text: string): Person[] => findPeople(textArticle(text, { lang: 'en' }), []);
const find = (text: string, name: string) => people(text).find((p) => p.name === name);
const names = (text: string) => people(text).map((p) => p.name);

describe('a given name no list holds, in a sentence about performers', () => {
  test.each([
    ['Despite a wavering accent, Zorunel Vasquet does great work as the frantic sister.', 'Zorunel Vasquet'],
    ['I was happy with the casting in general, except Varsha Dolkan, who annoys to no end.', 'Varsha Dolkan'],
    ['I think Tirsan Mehrot has a fine career ahead of him in comedies.', 'Tirsan Mehrot'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    // A sentence about the story's characters speaks of no performer.
    ['The film drops many of the key characters of the novel, such as Ostrava Kell.', 'Ostrava Kell'],
    // Initials are no given name.
    ['The casting is odd, and the film is signed D. Marrowby.', 'D. Marrowby'],
  ])('%s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('a story’s people are called by their first names', () => {
  test('one mention in full, then the first name alone: a character', () => {
    const text = 'The film follows Tessa Morrow through one long night. Tessa is a nurse with debts.';
    expect(names(text)).not.toContain('Tessa Morrow');
  });

  test('the first name more often than the surname: a character', () => {
    const text =
      'Walter Brigg is a garbage man. Walter writes poems. Walter drinks. Walter meets a girl. Brigg is a fool.';
    expect(names(text)).not.toContain('Walter Brigg');
  });

  test('a real person is called by the surname', () => {
    const text = 'Dana Whitlow is superb in the lead. Whitlow makes every scene count.';
    expect(names(text)).toContain('Dana Whitlow');
  });
});

describe('user reviews retell the plot with the actors’ names', () => {
  test('one story verb among several mentions does not make a character', () => {
    const text =
      'The plot involved Graham Tellwood and a cursed child. Graham Tellwood is hopeless here, sadly. ' +
      'In the end Graham Tellwood decides to keep the boy.';
    expect(names(text)).toContain('Graham Tellwood');
  });

  test('a name met once, with a story verb, is still a character', () => {
    const text = 'In the end Graham Tellwood decides to keep the boy, and the town never forgives him.';
    expect(names(text)).not.toContain('Graham Tellwood');
  });
});

describe("a maker's earlier work in brackets after the possessive", () => {
  test('titles in the bracket are nobody, and the maker stays', () => {
    const text = "Tomas Reyvik's (Saltwater Bay, Ninth Winter) latest film is bleak and beautiful.";
    expect(names(text)).toContain('Tomas Reyvik');
    expect(names(text)).not.toContain('Saltwater Bay');
  });

  test("a part in brackets after the possessive is still the actor's part", () => {
    const text = "Anthony Hopkins' (Hannibal Lecter) menace is chilling, and the film around him is tense.";
    expect(find(text, 'Anthony Hopkins')?.characters).toEqual(['Hannibal Lecter']);
  });

  test("a part in brackets before the actor's performance is still the actor's part", () => {
    const text = "Anthony Hopkins' (Hannibal Lecter) performance is chilling, and the film around him is tense.";
    expect(find(text, 'Anthony Hopkins')?.characters).toEqual(['Hannibal Lecter']);
  });
});

describe('crafts named the way user reviews and the trade press name them', () => {
  test.each([
    ['Lenser Corin Abbot gives the film its handsome black-and-white look.', 'Corin Abbot', 'cinematographer'],
    ['Aldo Ferrante also lends a lovely musical score to the film.', 'Aldo Ferrante', 'composer'],
    ['Joe Varga provides the haunting score, and it is the best thing here.', 'Joe Varga', 'composer'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  test("an Irish surname's possessive ends the name", () => {
    const text = "Kevin O'Dowd's Friar Benet is fine, but too many of his best lines have been cut.";
    expect(find(text, "Kevin O'Dowd")?.characters).toEqual(['Friar Benet']);
  });
});

describe('actor and part paired in the shapes user reviews write', () => {
  test.each([
    // A bracketed actor with the actor's earlier film after "of".
    [
      'Sergeant Archie Telford (Michael Dorran of "The Long Road") leads the patrol into the hills.',
      'Michael Dorran',
      'Archie Telford',
    ],
    // An article and a word of praise open the bracket.
    [
      'One day Ben meets the go-getting Lindsey (a wonderful Helen Marrick), who runs a marketing firm.',
      'Helen Marrick',
      'Lindsey',
    ],
    // An adverb before "portrayed by".
    [
      'Here he meets Cathie (satisfyingly portrayed by Anne Holroyd), the children’s older sister.',
      'Anne Holroyd',
      'Cathie',
    ],
    // An apposition before "(played by …)".
    [
      'They both love the same man - Joe, their coach (played by Jonathan Pellow). The triangle is sweet.',
      'Jonathan Pellow',
      'Joe',
    ],
    // "(X's character)".
    ['She makes Trask (Gary Merton’s character) see the truth about love and forgiveness.', 'Gary Merton', 'Trask'],
    // A participle's aside between the actor and "as".
    [
      'Alan Rickard, underplaying his role, has virtually no presence as Tybalt in this version.',
      'Alan Rickard',
      'Tybalt',
    ],
  ])('%s', (text, actor, part) => {
    const person = find(text, actor);
    expect(person?.role).toBe('actor');
    expect(person?.characters).toEqual([part]);
  });

  test.each([
    [
      'The film moves fast and the director keeps it tense. Michael Dorran does a terrific turn as a psychiatrist.',
      'Michael Dorran',
    ],
    [
      'The film moves fast and the director keeps it tense. Patricia Barrow is cute and delightful as his perky girlfriend.',
      'Patricia Barrow',
    ],
  ])('a part described, not named, still makes an actor: %s', (text, actor) => {
    expect(find(text, actor)?.role).toBe('actor');
  });
});

describe('an actor named by surname alone, in a sentence that judges the casting or the performance', () => {
  test.each([
    [
      'The film is a joy from start to finish. Having said that, Marrowfield is perfectly cast and sings well.',
      'Marrowfield',
    ],
    [
      'The elder brother leads a gang in this film, a crime movie. Tallentyre does an eye-catching turn as the mixed-up kid.',
      'Tallentyre',
    ],
  ])('%s', (text, name) => {
    expect(find(text, name)?.role).toBe('actor');
  });

  test('a surname that only acts in the story is no one', () => {
    const text = 'The film follows a detective through London. Marrowfield solves the case and goes home.';
    expect(names(text)).not.toContain('Marrowfield');
  });
});

describe('names that are no one’s in particular', () => {
  test('a work joined to "pre-" or "post-" dates something; it is no person', () => {
    const text = 'The extras show a young Eddie Murphy pre-Beverly Hills Cop. The film and its cast are fine.';
    expect(names(text)).not.toContain('Beverly Hills Cop');
  });

  test.each([
    [
      'The company puts their best investigator Peter Lynch on the case. The film and its cast are fine.',
      'Peter Lynch',
    ],
    ['The film follows the killer Marcus Dole through one night; the cast is fine.', 'Marcus Dole'],
  ])('a story’s occupation before a name makes a character: %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('a bracket that lists a cast', () => {
  const text =
    'For reasons of pity, the three men (Paul Rudd, Seth Rogen and Tavish Oronte) all offer Andy advice. The film and its director are fine.';

  test('a given name no list holds is a performer there', () => {
    expect(names(text)).toContain('Tavish Oronte');
  });

  test('the description before the bracket is the group’s, not the first actor’s part', () => {
    expect(find(text, 'Paul Rudd')?.characters).toEqual([]);
  });
});
