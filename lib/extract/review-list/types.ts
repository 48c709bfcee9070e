// The shapes the review-list finder passes between its parts (the Article carries them as ListedReviews).
import type { ListedReviews } from '../../schema';

export type FoundReview = ListedReviews['items'][number];
export type ListAggregate = NonNullable<ListedReviews['aggregate']>;
