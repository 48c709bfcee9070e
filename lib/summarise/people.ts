// Finds the people a review names — cast and crew with their roles, actors with their characters — ordered by
// prominence. The work is split by concern under ./people/ (credit blocks, mentions, pairs, the reviewer).
import type { Article, Person, TextSpan } from '../schema';
import { createPeopleFinder } from './people/finder';

const defaultFinder = createPeopleFinder();

export function findPeople(article: Article, sentences: readonly TextSpan[]): Person[] {
  return defaultFinder(article, sentences);
}

export { bylineName } from './people/byline';
