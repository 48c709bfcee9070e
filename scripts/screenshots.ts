// npm run screenshots: the README's pictures, taken from the BUILT extension in Chromium on the bundled
// example page (run `npm run build` first).
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/harness';

const OUT = resolve(import.meta.dirname, '../docs');

const h = await launch();
try {
  const page = await h.open('/examples/film-review.html');
  await page.setViewportSize({ width: 900, height: 560 });
  const badge = page.locator('review-lens-badge');
  await badge.waitFor({ state: 'attached', timeout: 10_000 });
  await badge.getByRole('button', { name: /^Review Lens verdict/ }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/badge.png` });

  const popup = await h.openPopup(page);
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.getByRole('article', { name: 'Review summary' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await h.close();
}
