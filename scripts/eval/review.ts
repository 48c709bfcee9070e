// Evaluation section "review" (placeholder until its issue lands).
import type { EvalSection } from './shared';

export async function run(): Promise<EvalSection[]> {
  return [{ title: 'review', rows: [], notes: ['Not measured yet.'] }];
}
