// npm run screenshots: the README's pictures, taken from the BUILT extension in Chromium on the bundled
// example page and the customer-reviews test page (run `npm run build` first).
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

  // A page of many reviews: the popup's list view.
  const list = await h.open('/tests/fixtures/pages/product-reviews-list/source.html');
  await list.locator('review-lens-badge').waitFor({ state: 'attached', timeout: 10_000 });
  const listPopup = await h.openPopup(list);
  await listPopup.setViewportSize({ width: 400, height: 600 });
  await listPopup.getByRole('article', { name: 'Review list summary' }).waitFor();
  await listPopup.screenshot({ path: `${OUT}/list.png`, fullPage: true });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await h.close();
}
