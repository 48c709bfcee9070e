import type { Person } from '../lib/schema';

const ROLE_WORDS: Record<Person['role'], string> = {
  actor: 'Actor',
  director: 'Director',
  writer: 'Writer',
  composer: 'Composer',
  music: 'Music',
  cinematographer: 'Cinematographer',
  producer: 'Producer',
  editor: 'Editor',
  author: 'Author',
  other: 'Named',
};

/** "Director, Writer": the primary role first, then the other roles the review gives. */
function roleWords(p: Person): string {
  const roles = [p.role, ...p.roles.filter((r) => r !== p.role)];
  return roles.map((r) => ROLE_WORDS[r]).join(', ');
}

/** How many people to show before "Show all": the lead cast and crew fit; the long tail waits. */
const INITIAL_PEOPLE = 8;

export function PeopleList({
  people,
  showAll = false,
  markupOnly = false,
}: {
  people: Person[];
  showAll?: boolean;
  /** The text was not read (another language): only the page's markup could name anyone. */
  markupOnly?: boolean;
}) {
  if (people.length === 0) {
    return (
      <p className="rl-muted">
        {markupOnly ? "None in the page's markup; the text was not read." : 'No cast or crew named.'}
      </p>
    );
  }
  const shown = showAll ? people : people.slice(0, INITIAL_PEOPLE);
  return (
    <ul className="rl-people">
      {shown.map((p) => (
        <li key={`${p.name}-${p.role}`} className="rl-person">
          <span className="rl-person__name">{p.name}</span>
          <span className="rl-person__role">{roleWords(p)}</span>
          {p.characters.length > 0 && <span className="rl-person__chars">as {p.characters.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
