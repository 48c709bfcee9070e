// Evaluation section "quotes" (placeholder until its issue lands).
import type { EvalSection } from './shared';

export async function run(): Promise<EvalSection[]> {
  return [{ title: 'quotes', rows: [], notes: ['Not measured yet.'] }];
}
