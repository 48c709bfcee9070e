// npm run icons: renders assets/icon.svg to the PNG sizes browsers ask for (public/icon/<size>.png), with
// Debian's Chromium. The PNGs are committed; run this only after changing the SVG.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: resolve(ROOT, `public/icon/${size}.png`), omitBackground: true });
  }
  console.log(`icons written: ${SIZES.join(', ')}`);
} finally {
  await browser.close();
}
