// Trainer for the "verdict" model (placeholder until its issue lands).
export async function train(): Promise<void> {
  console.log('  nothing to train yet');
}
