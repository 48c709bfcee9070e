// npm run eval [-- section...]: measures the summariser on ../shared/data (the development set) and prints
// each figure beside a baseline measured in the same run. Skips cleanly when the data is absent.
import { DATA_DIR, dataAvailable, type EvalSection, printSection } from './eval/shared';

type Runner = () => Promise<EvalSection[]>;

/** Each section lives in its own module under scripts/eval/ and is loaded only when asked for. */
const SECTIONS: Record<string, () => Promise<{ run: Runner }>> = {
  verdict: () => import('./eval/verdict'),
  people: () => import('./eval/people'),
  'people-team': () => import('./eval/people-team'),
  quotes: () => import('./eval/quotes'),
  review: () => import('./eval/review'),
  language: () => import('./eval/language'),
  lists: () => import('./eval/lists'),
  'lists-held-out': async () => ({ run: (await import('./eval/lists')).runHeldOut }),
  'learning-curve': () => import('./eval/learning-curve'),
};
/** Sections run only when named: the learning curve retrains the model several times over (minutes, not
 *  seconds); the held-out list markups are run only for a report, so nobody tunes on them. */
const OPT_IN: ReadonlySet<string> = new Set(['learning-curve', 'lists-held-out']);

async function main(): Promise<void> {
  if (!dataAvailable()) {
    console.log(`eval: skipped — the development data folder was not found at ${DATA_DIR}.`);
    console.log('eval: put the shared data beside the checkout (../shared/data) or set REVIEW_LENS_DATA.');
    return;
  }
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(SECTIONS).filter((name) => !OPT_IN.has(name));
  let failed = 0;
  for (const name of names) {
    const load = SECTIONS[name];
    if (!load) {
      console.error(`eval: unknown section "${name}" (have: ${Object.keys(SECTIONS).join(', ')})`);
      process.exitCode = 2;
      return;
    }
    const started = performance.now();
    const sections = await (await load()).run();
    for (const s of sections) {
      printSection(s);
      failed += s.rows.filter((r) => r.pass === false).length;
    }
    console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  console.log(`\neval: ${failed === 0 ? 'every target met' : `${failed} target(s) not met`}.`);
}

await main();
