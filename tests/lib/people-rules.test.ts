// Table tests for the people rules of issue 18, on made-up sentences.
import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import { summarise } from '../../lib/pipeline';
import type { Article, Person } from '../../lib/schema';
import { bylineName, findPeople, textBylineName } from '../../lib/summarise/people';

const people = (text: string, extra: Partial<Article> = {}): Person[] =>
  findPeople(textArticle(text, { lang: 'en', ...extra }), []);
const find = (text: string, name: string, extra: Partial<Article> = {}) =>
  people(text, extra).find((p) => p.name === name);

describe('several roles stated at once', () => {
  test.each([
    ['The film was directed and written by Marta Lindqvist, and it shows.', 'Marta Lindqvist', ['director', 'writer']],
    ['The movie was written and directed by Marta Lindqvist in one summer.', 'Marta Lindqvist', ['director', 'writer']],
    ['This thriller, produced & directed by Olek Brandt, looks cheap.', 'Olek Brandt', ['director', 'producer']],
    [
      'In the film the electric guitar played and scored by Neil Yung suits the mood.',
      'Neil Yung',
      ['composer', 'music'],
    ],
    ['First-time writer/director Olek Brandt shows a real eye in this film.', 'Olek Brandt', ['director', 'writer']],
    [
      'The picture is the work of Sam Okafor as star/producer/director, and the film is his.',
      'Sam Okafor',
      ['director', 'actor', 'producer'],
    ],
    ['The novel was adapted by Ruth Amsel for the screen.', 'Ruth Amsel', ['writer']],
    [
      'The Polish brothers, director and co-writer Milan Polak and his twin, made this film.',
      'Milan Polak',
      ['director', 'writer'],
    ],
  ])('%s', (text, name, roles) => {
    const p = find(text, name);
    expect(p?.role).toBe(roles[0]);
    expect(p?.roles).toEqual(roles);
  });

  test.each([
    // "as the writer" with an article is the part played, not a credit.
    ['In the film Sam Okafor stars as the writer, and the cast is fine.', 'Sam Okafor', 'writer'],
    // A role noun followed by a name is the character's title.
    ['In this film Sam Okafor as director Hal Brandt is a fine performance.', 'Sam Okafor', 'director'],
  ])('no stated role in %s', (text, name, notRole) => {
    expect(find(text, name)).toBeDefined();
    expect(find(text, name)?.roles ?? []).not.toContain(notRole);
  });
});

describe('the byline is the author, shown once', () => {
  test.each([
    ['By Nora Vale', 'Nora Vale'],
    ['by Nora Vale', 'Nora Vale'],
    ['Reviewed by Nora Vale | Film Critic', 'Nora Vale'],
    ['Nora Vale', 'Nora Vale'],
    ['By: Nora Vale — Staff Writer', 'Nora Vale'],
    ['Byron Hale', 'Byron Hale'],
    ['Interview by Nora Vale', 'Nora Vale'],
    ['Words by Nora Vale', 'Nora Vale'],
    // A magazine's credit label.
    ['Words: Nora Vale', 'Nora Vale'],
    // A date spelled out after the name.
    ['Nora Vale March 12, 2026 1:00 pm', 'Nora Vale'],
    ['By Nora Vale Sept. 3rd, 2024', 'Nora Vale'],
    ['Author: Nora Vale', 'Nora Vale'],
    ['Film review by Nora Vale', 'Nora Vale'],
    // A date or time before the name: the name follows the last "by".
    ['12th Mar 2009, 10:15am by Nora Vale.', 'Nora Vale'],
    ['Tuesday March 3, 2020 9:05 am EST by Nora Vale', 'Nora Vale'],
    ['Posted by Nora Vale', 'Nora Vale'],
    // A given name that starts like a month is no date ("Mar…", "Jan…"); the pictures' credit goes.
    ['By Martin Vale, photographs by Janet Brandt', 'Martin Vale'],
    // Page furniture run into the name by the markup, or a job after a comma.
    ['By NORA VALESpecial to The Courier', 'NORA VALE'],
    ['NORA VALE<BR>The Courier', 'NORA VALE'],
    ['By Nora Vale and Olek S. Brandt12 comments', 'Nora Vale and Olek S. Brandt'],
    ['By Nora Vale, Olek Brandt4 Min Read', 'Nora Vale, Olek Brandt'],
    ['By Nora Vale, Entertainment Writer', 'Nora Vale'],
    ['By Nora Vale and Ledger & Co Staff', 'Nora Vale'],
    ['Nora Vale, Static & Bloom Staff', 'Nora Vale'],
    ['Nora Vale,', 'Nora Vale'],
    ['By Olek Brandt Jr.', 'Olek Brandt Jr.'],
    ['Nora Vale Twitter', 'Nora Vale'],
    ['Nora Vale3. März 2021', 'Nora Vale'],
    ['Nora Vale 2021-03-03 09:00', 'Nora Vale'],
    ['Nora Vale 3/3/2021', 'Nora Vale'],
    ['編集部スタッフ 2019年04月28日 08時00分', '編集部スタッフ'],
    ['Von Nora Vale', 'Nora Vale'],
    ['Lars von Brandt', 'Lars von Brandt'],
    ['mix9.de Redaktion', 'mix9.de Redaktion'],
    ['nvat', 'nvat'],
    // Bylines that name nobody: shown as no author rather than as one.
    ['Published Monday March 2nd, 2009', null],
    ['Donnerstag, 5. März 2020', null],
    ['Photo by: The Daily Wire Service', null],
    ['About the Author', null],
    ['Published by', null],
    ['admin', null],
    ['Visit the Acme Store', null],
    ['Follow the author', null],
    ['Acme and Zenco teaming up on Nov. 13 in Leeds', null],
    ['Lars van der Brandt', 'Lars van der Brandt'],
    ['http://www.example.com/', null],
    ['', null],
  ])('bylineName(%j)', (raw, want) => {
    expect(bylineName(raw)).toBe(want);
  });

  test('a byline printed as a line of the text ("Words by …") is the reviewer: named as the source, not a person', () => {
    const text =
      'Words by Nora Vale\nFour albums in, the band has started to sound comfortable. Producer Olek Brandt keeps the mix raw, and Nora Vale loves it.';
    expect(textBylineName(text)).toBe('Nora Vale');
    expect(people(text).map((p) => p.name)).toEqual(['Olek Brandt']);
    expect(textBylineName('A review of four albums by Nora Vale and friends.\nMore text.')).toBeNull();
  });

  test('a forum\'s quote attribution ("Grumpy Mechanic wrote:") names no writer', () => {
    const text =
      "Haven't ridden one, but the frame is decent.\nBrassy Mechanic wrote:For 12% climbs I'd want a mid-drive.\nThis is wise advice, and the battery is fine.";
    expect(find(text, 'Brassy Mechanic')?.role).not.toBe('writer');
    expect(
      find('The script Paul Vane wrote: a marvel of economy. Paul Vane wrote the film too.', 'Paul Vane')?.role,
    ).toBe('writer');
  });

  test("a production's credits line at the foot of a review credits the writer; it is no byline", () => {
    const text =
      'The play is overlong, but Hattie Brennan is magnificent as Maud and the design is a quiet marvel.\nWritten by Imogen Farrell. Directed by Tobias Renwick. Design by Marisol Quenby.';
    expect(find(text, 'Imogen Farrell', { byline: 'By Nora Vale' })?.role).toBe('writer');
    expect(find(text, 'Tobias Renwick', { byline: 'By Nora Vale' })?.role).toBe('director');
    // A line of its own is the reviewer's byline.
    expect(find('Written by Imogen Farrell\nThe play is overlong but moving.', 'Imogen Farrell')).toBeUndefined();
  });

  test('a "By …" byline keeps the reviewer out of the people', () => {
    const text = 'Nora Vale saw the film twice. Director Olek Brandt keeps the film moving.';
    expect(people(text, { byline: 'By Nora Vale' }).map((p) => p.name)).toEqual(['Olek Brandt']);
  });

  test('the summary names the reviewer without the lead-in', () => {
    const article = textArticle('Director Olek Brandt keeps the film moving. The film is good.', {
      lang: 'en',
      byline: 'By Nora Vale',
    });
    expect(summarise(article).source.reviewer).toBe('Nora Vale');
  });
});

describe("a headline's credit after 'by' names the maker", () => {
  const text =
    "Ada Quinn's debut follows Mara, a keeper's daughter on a remote island, as she uncovers the truth about her mother.";
  test('a book review headlined "Title by Name": the name is the author, not part of the title', () => {
    const article = textArticle(text, { lang: 'en', title: 'Book review: The Lantern Keeper by Ada Quinn' });
    expect(findPeople(article, [], 'book').find((p) => p.name === 'Ada Quinn')?.role).toBe('author');
    // Without the kind the name is still a person, with no role claimed.
    expect(findPeople(article, []).find((p) => p.name === 'Ada Quinn')?.role).toBe('other');
  });
  test('a title that is not a credit stays a title', () => {
    const article = textArticle('Stand By Me is a lovely film about four boys and a long walk.', {
      lang: 'en',
      title: 'Stand By Me Review',
    });
    expect(findPeople(article, [], 'book').map((p) => p.name)).toEqual([]);
  });
});

describe('titles that hold a name are not people', () => {
  test.each([
    // A quoted title-case span.
    ['I rented "Finding Ada Quill" last night; the film is slow and the acting flat.', 'Ada Quill'],
    ['My brother loved “The Ballad of Tom Arden” but the movie bored me stiff.', 'Tom Arden'],
    // A possessive name run on into title-case ordinary words.
    ["Nobody remembers Milo Ferris's Lost Weekend today, and the film deserves better.", 'Milo Ferris'],
    // A title or place of ordinary words where a person would be: a show after an actor's name, an aside.
    [
      'The film is slow. Elisa Shue plays a single mom, while Nora Halloway (Quiet Days) as the wife Brenda has little to do in the film.',
      'Quiet Days',
    ],
    [
      'The film stars Olek Brandt. His character is a rich boy who steps into his role by taking drugs during a desert outing that goes horribly wrong. (Burning Man, anyone?) The movie then loses the plot.',
      'Burning Man',
    ],
    // A region named with a compass word.
    [
      'The film, directed by Olek Brandt, should cross $100 million on Monday; the cast is fine.\nEstimated weekend box office, June 12–14, 2026 (North America)',
      'North America',
    ],
  ])('%s', (text, name) => {
    expect(find(text, name)).toBeUndefined();
  });

  test('the page title repeated in the text', () => {
    const text = 'Being Nora Vale is a strange film. The film was directed by Olek Brandt.';
    const got = people(text, { title: 'Being Nora Vale' }).map((p) => p.name);
    expect(got).toEqual(['Olek Brandt']);
  });

  test.each([
    // The same name on its own still counts.
    ['I rented "Finding Ada Quill" because Ada Quill stars in it; her performance is fine.', 'Ada Quill'],
    // A quoted line of dialogue is not a title.
    ['The film ends with "you were right about Tom Arden all along, my dear" and the cast is fine.', 'Tom Arden'],
    // An ALL-CAPS title after a possessive is the maker's work.
    ["Gambon starred in Dennis Porter's THE SINGING DETECTIVE, and the film shows it.", 'Dennis Porter'],
  ])('still a person: %s', (text, name) => {
    expect(find(text, name)).toBeDefined();
  });
});

test("an opera singer's voice type is no part of her name", () => {
  const text =
    'The production is thrilling. Tenor Kwame Asante-Rhys sings Aurelio with ease, and soprano Elin Varga is superb. Conductor Rosa Achterberg keeps the orchestra taut.';
  const got = people(text);
  expect(got.map((p) => p.name)).toEqual(
    expect.arrayContaining(['Kwame Asante-Rhys', 'Elin Varga', 'Rosa Achterberg']),
  );
  expect(got.some((p) => /^(?:Tenor|Conductor)\b/.test(p.name))).toBe(false);
});

describe('characters go to the right actor', () => {
  test.each([
    [
      'In the film, Dana Holt and Rick Mayer play Lena Stroud and Paul Kessler, two cops.',
      'Rick Mayer',
      ['Paul Kessler'],
    ],
    [
      'In the film, Dana Holt and Rick Mayer play Lena Stroud and Paul Kessler, two cops.',
      'Dana Holt',
      ['Lena Stroud'],
    ],
    ['The film centres on Joel, very well-played by Tim Rusk, who is superb.', 'Tim Rusk', ['Joel']],
    ['Joel loves Nina, his married lover, played by Greta Lund, in this film.', 'Greta Lund', ['Nina']],
    ['In the movie Tim Rusk, also a fine actor, is Matt, who is recovering from a divorce.', 'Tim Rusk', ['Matt']],
    ['The late Tim Rusk does a respectable turn as Sir Ensor Vane in the film.', 'Tim Rusk', ['Ensor Vane']],
    ['In the film Tim Rusk does a fine job as the angry Raymond, and the cast is good.', 'Tim Rusk', ['Raymond']],
    ['Even more impressive in the film is Tim Rusk as the bitter and racist Bloss.', 'Tim Rusk', ['Bloss']],
    ['In this film his brother Maurice (Tim Rusk from LIFE IS SWEET) is a photographer.', 'Tim Rusk', ['Maurice']],
    ['In the film her boyfriend Joel, played by teenage heart-throb Tim Rusk, is worried.', 'Tim Rusk', ['Joel']],
    ['The film: Tim Rusk wrote, directed and stars as Sonny, a preacher with a passion.', 'Tim Rusk', ['Sonny']],
    [
      'In the film Dana Holt and Rick Mayer as live-action versions of cartoon villains Boris and Natasha are dull.',
      'Rick Mayer',
      ['Natasha'],
    ],
    ['In the film the rebels Chewbacca "Chewy" (Tim Rusk) and Han (Rick Mayer) fly.', 'Tim Rusk', ['Chewbacca']],
    ['In the film the car thief Wayne Gale Jr. (Tim Rusk) gets into a fight.', 'Tim Rusk', ['Wayne Gale Jr']],
    [
      'In the film Darth Vader (Dave Prowl acting with voice by James Earl Jonas) leads the attack.',
      'James Earl Jonas',
      ['Darth Vader'],
    ],
    [
      'The lead, Tim Rusk (from A RIVER RUNS THROUGH IT) as middle-aged Cynthia, is good in the film.',
      'Tim Rusk',
      ['Cynthia'],
    ],
    ['In the film Tim Rusk plays 26 year old vet Travis Bickel, a taxi driver.', 'Tim Rusk', ['Travis Bickel']],
    ['In the film Tim Rusk plays 26 year old Vietnam vet Travis Bickel, a taxi driver.', 'Tim Rusk', ['Travis Bickel']],
    ['In the film Tim Rusk as the American soldier who captures Campbell is fine.', 'Tim Rusk', []],
    ['In the film Tim Rusk as a 48-year-old womanizer and Dana Holt as a hat designer are good.', 'Tim Rusk', []],
    // The part described, then named after a comma; but a name that goes on to play its own part is the next actor.
    [
      'In the film Tim Rusk does what he can as the farmer, Tom Ashe, but the script fails him.',
      'Tim Rusk',
      ['Tom Ashe'],
    ],
    ['In the film Tim Rusk as the farmer, Dana Holt as the customs officer, both fine.', 'Tim Rusk', []],
    [
      'Replacing Williams in the role of the Genie is Dan Castello, an actor with a fine voice.',
      'Dan Castello',
      ['Genie'],
    ],
  ])('%s → %s', (text, name, characters) => {
    expect(find(text, name)?.characters).toEqual(characters);
  });

  test.each([
    // A single pair each, listed: not one plural casting.
    [
      'In the film Rick Mayer as the conflicted Lee, Dana Holt as the saintly Bessie, and Tim Rusk as Hank.',
      'Dana Holt',
      ['Bessie'],
    ],
    ['In the film Rick Mayer as Morley, and Dana Holt as the sad Lavinia are fine.', 'Rick Mayer', ['Morley']],
  ])('single pairs in a list: %s → %s', (text, name, characters) => {
    expect(find(text, name)?.characters).toEqual(characters);
  });

  // A part named by initials or a letter-digit code is no name the finder sees; a bracketed actor after it in a
  // film review is its actor.
  test.each([
    ['J.J.', 'J.J. (Tim Rusk)'],
    ['R2D2', 'the droid R2D2 (Tim Rusk)'],
  ])('%s', (code, phrase) => {
    const text = `This film is a sequel. The director films the hero and his young son, ${phrase}, with love. The cast of the movie acts well.`;
    expect(find(text, 'Tim Rusk')?.characters).toEqual([code]);
  });
});

describe('roles from the words around a name', () => {
  test.each([
    // The stated credit outranks a verb after the name.
    ['The film is directed and written by Ravi Menon Das, who wrote two hits before it.', 'Ravi Menon Das', 'director'],
    // A name used as an adjective before a craft noun.
    ['The film has the trademark Otto Brennan score, and it is lovely.', 'Otto Brennan', 'composer'],
    ['Anyone who has read a Clara Moss novel knows how the film ends.', 'Clara Moss', 'author'],
    // A series' creator holds its "created by" credit.
    ['Creator Owen Hale has widened the lens in the second season of the show.', 'Owen Hale', 'writer'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  test('"a X film" does not make X the director', () => {
    expect(find('It is a Tom Arden film through and through, and the cast is fine.', 'Tom Arden')?.role).not.toBe(
      'director',
    );
  });
});

describe('questions and performers', () => {
  test.each([
    ['Will Tom and Nina escape the island? The film never tells.', 'Will Tom'],
    ['May Nina Kessler ever forgive him? The movie is in no hurry to say.', 'May Nina Kessler'],
  ])('a question opener is not part of a name: %s', (text, name) => {
    expect(find(text, name)).toBeUndefined();
  });

  test('"Will" opening a statement is still a given name', () => {
    expect(find('Will Ferrow plays the coach, and his performance is the film.', 'Will Ferrow')).toBeDefined();
  });

  test.each([
    ["The film opens with the song 'Wake Up' performed by Velvet Harbor, and it works.", 'Velvet Harbor'],
    ['The film closes on a ballad sung by Mira Solis over the credits.', 'Mira Solis'],
  ])('%s', (text, name) => {
    expect(find(text, name)?.role).toBe('music');
  });
});

describe('characters named in plot summaries', () => {
  test.each([
    ['a place', 'The film is set in the small town of Amber Grove where the kids are bored.', 'Amber Grove'],
    ['a place', 'The film opens on the planet of Jonas Prime, and the effects are cheap.', 'Jonas Prime'],
    [
      'a relation after the name',
      "The other suspect, Henry Kessel, who was Mildred's boyfriend, has an alibi in this film.",
      'Henry Kessel',
    ],
    ['a relation after the name', 'Then comes Ana Pardo, her sister, to stay at the farm in the film.', 'Ana Pardo'],
    [
      'introduced by "named"',
      'A widowed schoolteacher named Ruth Calloway takes in her nephew, and the novel is gripping.',
      'Ruth Calloway',
    ],
    ['introduced by "called"', 'He plays a small-town mechanic called Dale Hollis, and the film drags.', 'Dale Hollis'],
  ])('%s: %s', (_cue, text, name) => {
    expect(find(text, name)).toBeUndefined();
  });

  test('a performer introduced by "named" is still a person', () => {
    const text = 'The film stars a young actress named Nora Vance, who is terrific in the lead.';
    expect(find(text, 'Nora Vance')).toBeDefined();
  });

  test("a user's exclamation inside the actor's bracket", () => {
    const text = 'In this film Myra Bellweather (Rex Rudd!!!) gets a new face from a doctor; the film is trash.';
    expect(find(text, 'Rex Rudd')?.characters).toEqual(['Myra Bellweather']);
    expect(find(text, 'Myra Bellweather')).toBeUndefined();
  });

  test("an aside inside the actor's bracket", () => {
    const text = 'In the film Dark Lord Voss (Tim Rusk acting with the voice of Hal Brandt) leads the army.';
    expect(find(text, 'Tim Rusk')?.characters).toEqual(['Dark Lord Voss']);
    expect(find(text, 'Dark Lord Voss')).toBeUndefined();
  });
});

describe('people named only by surname', () => {
  test.each([
    ["The film is as much a landmark as Vosterman's PSYCHOPOLIS was, and the cast is fine.", 'Vosterman', 'director'],
    ["The film is Linklater's Dick adaptation, and it looks odd.", 'Linklater', 'director'],
    ['Director Halstrom has a nice touch with the young cast of this film.', 'Halstrom', 'director'],
    ['The film is directed by Costa-Gavras with his usual anger.', 'Costa-Gavras', 'director'],
    ["He listens to Wagnerson's music all night in this film.", 'Wagnerson', 'composer'],
    ['The film tells of a loving daughter (Quarrie), devoted to her father in this film.', 'Quarrie', 'actor'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  test.each([
    // No craft cue: a lone word is not listed.
    ['Brannock walks into the bar in this film and orders a drink.', 'Brannock'],
    // A given name alone is mostly a character's, even with a craft noun.
    ["In the film Laura's direction of the play within the play is the plot.", 'Laura'],
    ['The film tells of a loving daughter (Nancy), devoted to her father in this film.', 'Nancy'],
    // An ordinary word is not a surname.
    ["It is Stone's direction that matters here, in this film.", 'Stone'],
    // Before a noun a lone word is as often an adjective; after "the" it is a family, a title or a place.
    ['They play the Yiddishe music they love in this film.', 'Yiddishe'],
    ["The Cotlers' film took a risk, and the film shows it.", 'Cotlers'],
    ['It is directed by Irish playwright Gerard Stern, and the film is talky.', 'Irish'],
  ])('not listed: %s', (text, name) => {
    expect(find(text, name)).toBeUndefined();
  });
});

describe('critics credit a craft in prose', () => {
  test.each([
    ['The show had great movie music (Bernhard Hollis), and the film looks fine.', 'Bernhard Hollis', 'composer'],
    [
      'Close behind the acting in this film is the writing (Paul Scheerer); the film is good.',
      'Paul Scheerer',
      'writer',
    ],
    ['The director this time was Irwin Kessner, and the film is darker.', 'Irwin Kessner', 'director'],
    ['In this film the script was by Leila Bracken, and it is sharp.', 'Leila Bracken', 'writer'],
    ["Henri-Paul Clouzet's 1955 murder mystery was a taut film; this film is not.", 'Henri-Paul Clouzet', 'director'],
    // Crew crafts the annotations call "other": a crew noun before a bracket (shared by a list in it), "X by".
    ['In the film the visual effects (Rick Edlin and Brian Jonas) outdo the cast.', 'Brian Jonas', 'other'],
    ['In the film the sets (Carl Rosen) are as ugly as the acting.', 'Carl Rosen', 'other'],
    // A relation after "and" starts a new person: "the director and daughter Y" is no director credit for Y.
    [
      'In the film, a family affair, featuring father Bruno Paltz as the director and daughter Gwen Paltz as the star. The film is fun.',
      'Gwen Paltz',
      'actor',
    ],
    [
      'The film runs a well edited, thanks to Marcy Lucan, Tom Rolfe, and Mel Shapiro, and fast 1:53.',
      'Tom Rolfe',
      'editor',
    ],
    ["In the film Ferid Bouzid's feature HALFAOUINE is about a boy; the acting is fine.", 'Ferid Bouzid', 'director'],
    ['The film is a comedy, and the cast is fine. Tony Edwin shows up, and that is about it.', 'Tony Edwin', 'actor'],
    // Known directors in a cameo list act here.
    [
      'The film is thin. All the cameo performances-Rob Reiner, Martin Scorsese and Jennifer Tilly-were for no avail.',
      'Martin Scorsese',
      'actor',
    ],
    [
      'The original ROBOCOP (directed by a pre-BASIC INSTINCT Paul Verhaag) was a fine film.',
      'Paul Verhaag',
      'director',
    ],
    [
      "The scene inspired a moment in Keenan Ivey Waynes' I'M GONNA GIT YOU SUCKA, and the film is fine.",
      'Keenan Ivey Waynes',
      'director',
    ],
    // Cast in a part, a tie with a possessive's craft is the actor's; the possessed noun comes before a preposition.
    [
      "In the film Han Solo (Harry Fordham) flies. To me this was Fordham's movie, and the cast is good.",
      'Harry Fordham',
      'actor',
    ],
    ["The film thanks Tony Hopman's gloss on film's best-known cannibal; the acting is fine.", 'Tony Hopman', 'actor'],
    ['In the film the cast lives in a pristine house (sets by Alis Chitty).', 'Alis Chitty', 'other'],
    ['The film was scripted by Jon Richards/Jim Flamm, and the cast suffers.', 'Jim Flamm', 'writer'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  test('a part described before the bracket still casts the actor', () => {
    const text = 'In the film the local sheriff (Jon Walsh) is the best performance.';
    expect(find(text, 'Jon Walsh')?.role).toBe('actor');
  });
});

describe('a hyphen used as a dash ends a name', () => {
  test.each([
    ['The cameos in the film by Cyb Shepard and Jenna Tilly- were for no avail, the acting is poor.', 'Jenna Tilly'],
    ['In the film, Dana Day- Lewis plays the lead with great care.', 'Dana Day- Lewis'],
  ])('%s → %s', (text, name) => {
    expect(people(text).map((p) => p.name)).toContain(name);
  });
});

describe('names that are not people', () => {
  test.each([
    // An acronym spelled out in brackets names a thing.
    [
      'In the film the villains of the DJM (Daniel James Miller) gang are back, and the cast is good.',
      'Daniel James Miller',
    ],
    // A part the actor played elsewhere.
    ['Hedda Morrow, best known for her portrayal of Jane Tennard on TV, is the star of the film.', 'Jane Tennard'],
    ["The portrayal of Tom Faggan's character and his death depresses the film; the cast is fine.", 'Tom Faggan'],
  ])('%s → not %s', (text, name) => {
    expect(people(text).map((p) => p.name)).not.toContain(name);
  });

  test('a product review is no film review: a lone word in brackets is no actor', () => {
    const text =
      'The picture is sharp in every scene I shot, and the camera handles low light well. If you edit video on a ' +
      'computer, pick a model with a digital output (Zapline, USB, etc.) and a decent screen.';
    expect(findPeople(textArticle(text, { lang: 'en' }), [], 'product').map((p) => p.name)).toEqual([]);
    // The same words read as a film review's would cast it.
    expect(people(text).map((p) => p.name)).toContain('Zapline');
  });

  test('a comparison is no casting ("Guy as much as Mia")', () => {
    const text =
      'In the film Mia (Isa Adjan) and Guy Baran (Chris Palmer) run a school. Yet Nicole hates Guy as much as Mia does.';
    expect(people(text).map((p) => p.name)).not.toContain('Guy Baran');
    expect(find(text, 'Chris Palmer')?.characters).toEqual(['Guy Baran']);
  });
});

describe('critics who credit the cast by surname in brackets', () => {
  test('a lone surname the bracket habit makes the actor is listed with the part', () => {
    const text =
      'The screenwriter of this noir, Dixon Steele (Bogarde), did not kill the girl. His friend Brub Nicolai ' +
      '(Lovecraft) is a cop, and Mildred Atkinson (Martha Stewart) is the victim in the script.';
    const p = find(text, 'Bogarde');
    expect(p?.role).toBe('actor');
    expect(p?.characters).toEqual(['Dixon Steele']);
  });
});

describe('users name actors by surname, even one that is also a given name', () => {
  test.each([
    ["In the film Gilbert's character, Ophelia, has lost her husband; the acting is good.", 'Gilbert', ['Ophelia']],
    ["The movie has the brio of the hero, a cross of Rourke's persona and more; the acting is fine.", 'Rourke', []],
  ])('%s → %s', (text, name, characters) => {
    expect(find(text, name)?.role).toBe('actor');
    expect(find(text, name)?.characters).toEqual(characters);
  });
});

describe('a lone surname the sentence gives a craft', () => {
  test.each([
    [
      'In the film the daughter is shy. Leigh is a controversial actress, and most either love her or hate her.',
      'Leigh',
      'actor',
    ],
    ['The film is odd. Franco was an inventive director in his day, and it shows.', 'Franco', 'director'],
    ['The genre shows no signs of abating with the quite recent Sandlin vehicle that was Click.', 'Sandlin', 'actor'],
  ])('%s → %s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });
});
