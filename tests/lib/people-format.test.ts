import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { PeopleList } from '../../components/PeopleList';
import { personLine } from '../../lib/format';
import type { Person } from '../../lib/schema';

const person = (role: Person['role'], roles: Person['roles'], characters: string[] = []): Person => ({
  name: 'Ada Quill',
  role,
  roles,
  characters,
  mentions: 2,
});

describe('several roles of one person', () => {
  test.each([
    [person('director', ['director']), 'Ada Quill — director'],
    [person('director', ['director', 'writer']), 'Ada Quill — director, writer'],
    [person('actor', ['actor', 'producer'], ['Nell']), 'Ada Quill — actor, producer as Nell'],
    // The primary role is shown first even if a caller lists it later.
    [person('director', ['writer', 'director']), 'Ada Quill — director, writer'],
  ])('personLine %#', (p, want) => {
    expect(personLine(p)).toBe(want);
  });

  test.each([
    [person('director', ['director', 'writer']), 'Director, Writer'],
    [person('actor', ['actor']), 'Actor'],
  ])('PeopleList shows %#', (p, want) => {
    const html = renderToStaticMarkup(PeopleList({ people: [p] }));
    expect(html).toContain(`<span class="rl-person__role">${want}</span>`);
  });
});
