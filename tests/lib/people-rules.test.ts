// Table tests for the people rules of issue 18, on made-up sentences.
import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import { summarise } from '../../lib/pipeline';
import type { Article, Person } from '../../lib/schema';
import { bylineName, findPeople } from '../../lib/summarise/people';

const people = (text: string, extra: Partial<Article> = {}): Person[] =>
  findPeople(textArticle(text, { lang: 'en', ...extra }), []);
const find = (text: string, name: string, extra: Partial<Article> = {}) =>
  people(text, extra).find((p) => p.name === name);

describe('several roles stated at once', () => {
  test.each([
    ['The film was directed and written by Marta Lindqvist, and it shows.', 'Marta Lindqvist', ['director', 'writer']],
    ['The movie was written and directed by Marta Lindqvist in one summer.', 'Marta Lindqvist', ['director', 'writer']],
    ['This thriller, produced & directed by Olek Brandt, looks cheap.', 'Olek Brandt', ['director', 'producer']],
    ['First-time writer/director Olek Brandt shows a real eye in this film.', 'Olek Brandt', ['director', 'writer']],
    [
      'The picture is the work of Sam Okafor as star/producer/director, and the film is his.',
      'Sam Okafor',
      ['director', 'actor', 'producer'],
    ],
    ['The novel was adapted by Ruth Amsel for the screen.', 'Ruth Amsel', ['writer']],
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
  ])('bylineName(%j)', (raw, want) => {
    expect(bylineName(raw)).toBe(want);
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
