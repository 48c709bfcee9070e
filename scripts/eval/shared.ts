// Shared pieces of `npm run eval`: where the development data lives and how a section reports.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The labelled development data sits beside the checkout (CI has it there too). */
export const DATA_DIR = resolve(process.env.REVIEW_LENS_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));

export function dataAvailable(): boolean {
  return existsSync(resolve(DATA_DIR, 'README.md'));
}

export interface EvalRow {
  metric: string;
  ours: number | string;
  baseline?: number | string;
  baselineName?: string;
  target?: string;
  /** Whether `ours` meets the target (undefined where there is no target). */
  pass?: boolean;
}

export interface EvalSection {
  title: string;
  rows: EvalRow[];
  notes?: string[];
}

export function fmt(x: number | string | undefined): string {
  if (x === undefined) return '';
  if (typeof x === 'string') return x;
  return Number.isInteger(x) ? String(x) : x.toFixed(3);
}

export function printSection(section: EvalSection): void {
  console.log(`\n## ${section.title}\n`);
  console.log('| metric | Review Lens | baseline | target | met |');
  console.log('|---|---|---|---|---|');
  for (const r of section.rows) {
    const base = r.baseline === undefined ? '' : `${fmt(r.baseline)}${r.baselineName ? ` (${r.baselineName})` : ''}`;
    const met = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
    console.log(`| ${r.metric} | ${fmt(r.ours)} | ${base} | ${r.target ?? ''} | ${met} |`);
  }
  for (const n of section.notes ?? []) console.log(`\n${n}`);
}
