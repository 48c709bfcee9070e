// Evaluation section "verdict" (placeholder until its issue lands).
import type { EvalSection } from './shared';

export async function run(): Promise<EvalSection[]> {
  return [{ title: 'verdict', rows: [], notes: ['Not measured yet.'] }];
}
