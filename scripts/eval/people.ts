// Evaluation section "people" (placeholder until its issue lands).
import type { EvalSection } from './shared';

export async function run(): Promise<EvalSection[]> {
  return [{ title: 'people', rows: [], notes: ['Not measured yet.'] }];
}
