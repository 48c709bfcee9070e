import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import type { Article, Person } from '../../lib/schema';
import { findPeople } from '../../lib/summarise/people';
import { parseCreditsLine } from '../../lib/summarise/people/credits';
import { createPeopleFinder } from '../../lib/summarise/people/finder';
import { withLearntNames } from '../../lib/summarise/people/lexicon';

function article(text: string, extra: Partial<Article> = {}): Article {
  return textArticle(text, { lang: 'en', ...extra });
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
    ['Jason Biggs is Jim, a good student who gets tongue-tied.', 'Jason Biggs', 'actor', ['Jim']],
    [
      'In the film he invites his girlfriend Vicki (Robin Christopher) to the lake; the movie drags.',
      'Robin Christopher',
      'actor',
      ['Vicki'],
    ],
    [
      'The lawyer, Martin Strang (Stone), takes the case. Milburn Stone is fine.',
      'Milburn Stone',
      'actor',
      ['Martin Strang'],
    ],
    [
      'In this film he is called in by the local sheriff (J. T. Walsh); the movie drags.',
      'J. T. Walsh',
      'actor',
      ['the sheriff'],
    ],
    ['As Neo, a hacker in a simulated world, Keanu Reeves mostly looks startled.', 'Keanu Reeves', 'actor', ['Neo']],
    [
      'Laura (Iben Hjejle-a Danish actress making her debut) is the best thing here.',
      'Iben Hjejle',
      'actor',
      ['Laura'],
    ],
    ["In the film, Hugo Weaving's Agent Smith is a sneering delight.", 'Hugo Weaving', 'actor', ['Smith']],
    [
      'Robert De Niro, as the talk-show host Murray Franklin, is a nod to the old films.',
      'Robert De Niro',
      'actor',
      ['Murray Franklin'],
    ],
    ['The film is tense. The score by Trent Reznor and Atticus Ross hums.', 'Atticus Ross', 'composer', []],
    ['The pasta is made by hand, and chef Andrea Castellano cooks every night.', 'Andrea Castellano', 'other', []],
    [
      'The film is long. It plays like a Steven Spielberg picture, but the cast is fine.',
      'Steven Spielberg',
      'director',
      [],
    ],
    ['Starfall Drift is a fine game. Ashly Burch voices Captain Reyes with warmth.', 'Ashly Burch', 'actor', ['Reyes']],
    [
      'In the film, Jennifer Connelly plays a Catholic activist named Sarah Williams.',
      'Jennifer Connelly',
      'actor',
      ['Sarah Williams'],
    ],
    [
      'In the film, George Segal is the likable Jewish detective, Morris Brummel, who is assigned the case.',
      'George Segal',
      'actor',
      ['Morris Brummel'],
    ],
    [
      'The film is odd. Julie, the shy librarian, is played by Dominique Labourier.',
      'Dominique Labourier',
      'actor',
      ['Julie'],
    ],
    [
      'In the film, Anthony Hopkins has the central role, and he portrays Stevens to perfection.',
      'Anthony Hopkins',
      'actor',
      ['Stevens'],
    ],
    [
      'The film is new. Ian McKellen has a great time here. He stars as James Whale, the director.',
      'Ian McKellen',
      'actor',
      ['James Whale'],
    ],
    [
      'Julia Roberts embraces the part in this film. Her performance as Julianne is competent.',
      'Julia Roberts',
      'actor',
      ['Julianne'],
    ],
    [
      'In the film and on screen, Kenneth Branagh is not Woody Allen, but he plays Woody and it does not work.',
      'Kenneth Branagh',
      'actor',
      [],
    ],
    [
      'The film is loud. Horst Buchholz plays his role as the American-type gangster with relish.',
      'Horst Buchholz',
      'actor',
      [],
    ],
    [
      'In this film noir, Walt Hobbs (Dale Crane) has always loved guns. He was raised by his sister Ruby (Anabel). As a boy, Walt (Kirk Lowell) steals a gun. His boss Packy (Berry) hires him, and the movie takes off.',
      'Dale Crane',
      'actor',
      ['Walt Hobbs'],
    ],
    [
      'In the film, Nicolas Cage stars as Randall "Memphis" Raines, once the best car thief in town.',
      'Nicolas Cage',
      'actor',
      ['Randall Raines'],
    ],
    ['The film is directed by Takashi "Beat" Kitano, who also stars.', 'Takashi Kitano', 'director', []],
    [
      'I enjoy watching Philip Seymour Hoffman in this film, and here he has a small supporting role as Lester Bangs.',
      'Philip Seymour Hoffman',
      'actor',
      ['Lester Bangs'],
    ],
    [
      'The film is odd. Charlotte Rampling is cast in it, and she is reincarnated as Otto later.',
      'Charlotte Rampling',
      'actor',
      [],
    ],
    [
      'In the film George meets Diego (Spanish actor Jordi Molla) in prison. The movie is long.',
      'Jordi Molla',
      'actor',
      ['Diego'],
    ],
    [
      'In the film the senator Gracchus, played by the great British actor Derek Jacobi, helps him.',
      'Derek Jacobi',
      'actor',
      ['Gracchus'],
    ],
    // The part described before its name, after "plays" as after "as".
    [
      "Colm Ashdown, who plays the cider company's land agent, Mr Pettifer, has a thankless task.",
      'Colm Ashdown',
      'actor',
      ['Pettifer'],
    ],
    [
      'Nathan Ruiz-Becker plays the wastrel second son, Hugo, with a lot of swagger.',
      'Nathan Ruiz-Becker',
      'actor',
      ['Hugo'],
    ],
    // An apposition between the actor and the link.
    [
      'Harold Penwright, a veteran of a hundred westerns, turns up as Amos, the stationmaster.',
      'Harold Penwright',
      'actor',
      ['Amos'],
    ],
    // "played by" with a word of praise, in brackets or after a dash.
    [
      'Mrs Pargeter (played by the wonderful Wendy Oakhurst) gets all the best lines.',
      'Wendy Oakhurst',
      'actor',
      ['Pargeter'],
    ],
    [
      'Mrs. Pruitt — played by the wonderful Edwina Castlemaine — hints at a sharper show.',
      'Edwina Castlemaine',
      'actor',
      ['Pruitt'],
    ],
    // Crafts credited in ways the cue phrases alone miss.
    [
      'Producers Hamish Iredale and Corinne Vasquez-Lum have mounted a polished production.',
      'Corinne Vasquez-Lum',
      'producer',
      [],
    ],
    ['The music (by Hugo Brandt, according to the credits) was SO loud.', 'Hugo Brandt', 'composer', []],
    ['The script is credited to Dorian Pell and it shows.', 'Dorian Pell', 'writer', []],
    ['The direction, by Tomas Eide, is glossy and anonymous.', 'Tomas Eide', 'director', []],
    [
      'Niamh Carrow-Doyle, who created and wrote all six episodes, knows the genre.',
      'Niamh Carrow-Doyle',
      'writer',
      [],
    ],
    ['The book and lyrics are by Fenella Dorsey, and the music is by Aurelio Banks.', 'Fenella Dorsey', 'writer', []],
  ])('%s → %s', (text, name, role, characters) => {
    const p = byName(text, name);
    expect(p?.role).toBe(role);
    expect(p?.characters).toEqual(characters);
  });

  test.each([
    ['a middle given name', 'In the film, David Aaron Baker is fine, and so is Meryl Streep.', 'David Aaron Baker'],
    ['an initial', 'In the film, Irma P. Hall is fine, and so is Meryl Streep.', 'Irma P. Hall'],
    ['the last word used alone', 'In the film, Dee Wallace Stone is fine. Stone is sly.', 'Dee Wallace Stone'],
  ])('keeps a name ending in an ordinary word after %s', (_what, text, name) => {
    expect(people(text).map((p) => p.name)).toContain(name);
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
    ['a character with a relation', "Ruth's partner, Danny Moss, is the local boy. Toby Jones is fine.", 'Danny Moss'],
    ['a character who discovers', 'Sarah Cole discovers the truth in letters, and Toby Jones is fine.', 'Sarah Cole'],
    [
      'the character of "Full Name (Surname)"',
      'Reginald Webster (Slater) worms his way in. The film drags.',
      'Reginald Webster',
    ],
    [
      'a name inside the page title',
      'Starfall Drift is the most ambitious game Obsidian Entertainment has made.',
      'Starfall Drift',
    ],
    [
      'a studio',
      'Starfall Drift is the most ambitious game Obsidian Entertainment has made.',
      'Obsidian Entertainment',
    ],
    [
      'an award',
      'It won three Oscars (Best Screenplay, Best Director) and Meryl Streep is wonderful.',
      'Best Screenplay',
    ],
    [
      'a name run on into an ordinary word',
      'They drive past the Brenda Kowalski Hills at night, and Meryl Streep is wonderful.',
      'Brenda Kowalski Hills',
    ],
    [
      'a show named after a person',
      'He once hosted the Dana Moody Show, and Meryl Streep is wonderful.',
      'Dana Moody Show',
    ],
    [
      'a group named after a person',
      'The songs are by the Spencer Kane Group, and Meryl Streep is wonderful.',
      'Spencer Kane Group',
    ],
  ])('leaves out %s', (_what, text, name) => {
    const names = people(text, { byline: 'Anna Lindqvist', title: 'Erin Brockovich: Starfall Drift review' }).map(
      (p) => p.name,
    );
    expect(names).not.toContain(name);
  });

  describe('in a film review', () => {
    const filmPeople = (text: string) => createPeopleFinder()(article(text), [], 'film');

    test('a year between a possessive and its craft noun: the noun says which maker', () => {
      const text = "The film is based on Delphine Roux-Whitaker's 2019 novel, and it unfolds across two timelines.";
      expect(filmPeople(text).find((p) => p.name === 'Delphine Roux-Whitaker')?.role).toBe('author');
    });

    test("a bracket after a festival's name is its section, not an actor", () => {
      const text =
        'Reviewed at Eastwater Film Festival (Premieres), Jan. 24, 2025. In 1961, Lydia Marsh (Faye) is a poet. Rosalind Faye gives it precision.';
      expect(filmPeople(text).map((p) => p.name)).toEqual(['Rosalind Faye']);
    });
  });

  test('a headline names the work before "Review:" and, after it, people', () => {
    const title = "'Becoming Lydia Marsh' Review: Rosalind Faye Excels in an Airless Biopic";
    const text = 'There is a fine performance here, and Rosalind Faye gives it with precision. Lydia Marsh writes.';
    const names = people(text, { title }).map((p) => p.name);
    expect(names).toContain('Rosalind Faye');
    expect(names).not.toContain('Lydia Marsh');
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

  test.each([
    [
      'a politician in a comparison',
      'The mayor is as crooked as Richard Nixon ever was. Meryl Streep gives the film its heart.',
      ['Meryl Streep', 'Richard Nixon'],
    ],
    [
      'a public figure named once',
      'The diner looks like one Harold Stassen campaigned in. Sarah Polley is terrific as the waitress.',
      ['Sarah Polley', 'Harold Stassen'],
    ],
    [
      'but not a name in a bracket after a part',
      'The sheriff (Brian Dennehy) arrives late. The town is as grim as Gary Hart ever saw it.',
      ['Brian Dennehy', 'Gary Hart'],
    ],
    [
      'but not a name in a list with the cast',
      'The film is dull. Dennis Miller and Laura Kirk give fine performances. Hank Moody, though, is a bore.',
      ['Dennis Miller', 'Laura Kirk', 'Hank Moody'],
    ],
  ])('ranks a name met once in passing last: %s', (_what, text, order) => {
    expect(people(text).map((p) => p.name)).toEqual(order);
  });

  test.each([
    [
      'The mayor is as crooked as Richard Nixon ever was. Meryl Streep gives the film its heart.',
      'Richard Nixon',
      'other',
    ],
    ['The film is dull. Dennis Miller and Laura Kirk give fine performances.', 'Laura Kirk', 'actor'],
    [
      'The series is long and every episode drags. Brian Tyree Henry gives him a gentle sadness.',
      'Brian Tyree Henry',
      'actor',
    ],
    ['The film is long and the movie drags. Austin Pendleton (as the judge) is fine.', 'Austin Pendleton', 'actor'],
    ['The film is long, and its cast is fine. Carol Kelly is the forlorn girlfriend.', 'Carol Kelly', 'actor'],
    [
      'The film is long and the movie drags, but Clive Russell as a self-serving adventurer is a joy.',
      'Clive Russell',
      'actor',
    ],
    [
      'In the film, Pauline Collins (SHIRLEY VALENTINE) is Margaret, a missionary. The movie drags.',
      'Pauline Collins',
      'actor',
    ],
    ['The film is long and the movie drags. A tax auditor (Daniel Prevost) creates chaos.', 'Daniel Prevost', 'actor'],
    ['The film is long and the movie drags. Jonathan Swift would have loved it.', 'Jonathan Swift', 'other'],
  ])('a name with or without an acting cue: %s', (text, name, role) => {
    expect(byName(text, name)?.role).toBe(role);
  });

  test.each([
    ['Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images\nEzra Klein argues that we sort ourselves.'],
    ['Photograph by Jane Harper for the Observer\nThe author, Ezra Klein, argues that we sort ourselves.'],
    ['Sarah Blake/Reuters\nEzra Klein argues that we sort ourselves.'],
  ])('a picture credit names no one the review talks about: %s', (text) => {
    const names = people(text).map((p) => p.name);
    expect(names).toContain('Ezra Klein');
    expect(names).not.toContain('Olivier Douliery');
    expect(names).not.toContain('Jane Harper');
    expect(names).not.toContain('Sarah Blake');
  });

  test.each([
    ['The war film 1917 is superb. Its photography by Roger Deakins is stunning.'],
    ['Sam Mendes directs. Cinematography by Roger Deakins. A superb war film.'],
  ])('"photography by" credits the cinematographer, not a picture: %s', (text) => {
    expect(byName(text, 'Roger Deakins')?.role).toBe('cinematographer');
  });

  test('the laws of Jim Crow are not a person', () => {
    const names = people('Klein traces the parties back to Jim Crow. Ezra Klein argues that we sort ourselves.').map(
      (p) => p.name,
    );
    expect(names).toEqual(['Ezra Klein']);
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

describe('a known name that opens a sentence with an ordinary word', () => {
  // "Guy" and "Rose" are ordinary words, so at a sentence start they are usually just its first word.
  const lexicon = withLearntNames(['tom'], ['guy fawkesworth'], {});
  const find = createPeopleFinder(lexicon);
  const text = 'Guy Fawkesworth plays the villain with relish. Still Hanks is the reason to go.';

  test('is the person, given name included', () => {
    const names = find(article(text), []).map((p) => p.name);
    expect(names).toContain('Guy Fawkesworth');
  });

  test('an unknown pair of an ordinary word and a surname is not made a name', () => {
    const names = find(article(text), []).map((p) => p.name);
    expect(names).not.toContain('Still Hanks');
  });
});
