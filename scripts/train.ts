// npm run train [-- model...]: retrains the committed model weights from ../shared/data.
// Deterministic: the same data gives byte-identical weight files.
import { DATA_DIR, dataAvailable } from './eval/shared';

const MODELS: Record<string, () => Promise<{ train: () => Promise<void> }>> = {
  verdict: () => import('./train/verdict'),
  quotes: () => import('./train/quotes'),
  review: () => import('./train/review'),
};

if (!dataAvailable()) {
  console.error(`train: the development data folder was not found at ${DATA_DIR}; nothing to train on.`);
  process.exitCode = 1;
} else {
  const wanted = process.argv.slice(2);
  for (const name of wanted.length ? wanted : Object.keys(MODELS)) {
    const load = MODELS[name];
    if (!load) throw new Error(`train: unknown model "${name}" (have: ${Object.keys(MODELS).join(', ')})`);
    console.log(`train: ${name}`);
    await (await load()).train();
  }
}
