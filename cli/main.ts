// review-lens summarize [--format json|markdown|text] <input>...
// HTML inputs go through the same extraction as the extension (with linkedom as the DOM); other files are
// plain article text; "-" reads standard input. One result per input, in input order.
import { toMarkdown, toPlainText } from '../lib/format';
import type { Summary } from '../lib/schema';
import { summariseInput } from './summarise-input';

export { summariseInput };

const USAGE = `Usage: review-lens summarize [--format json|markdown|text] [--quotes N] <input>...
  <input>   an .html/.htm page, a plain-text review (paragraphs on separate lines), or - for standard input
  --format  json (JSON Lines, one object per input; the default), markdown or text`;

type Format = 'json' | 'markdown' | 'text';

interface Options {
  format: Format;
  quoteCount: number;
  inputs: string[];
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'summarize' && command !== 'summarise') return command ? `Unknown command "${command}".` : '';
  const opts: Options = { format: 'json', quoteCount: 3, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--format' || arg === '-f') {
      const v = rest[++i];
      if (v !== 'json' && v !== 'markdown' && v !== 'text') return `--format must be json, markdown or text.`;
      opts.format = v;
    } else if (arg.startsWith('--format=')) {
      const v = arg.slice('--format='.length);
      if (v !== 'json' && v !== 'markdown' && v !== 'text') return `--format must be json, markdown or text.`;
      opts.format = v;
    } else if (arg === '--quotes') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 5) return '--quotes must be a whole number from 1 to 5.';
      opts.quoteCount = n;
    } else if (arg === '--help' || arg === '-h') {
      return '';
    } else if (arg.startsWith('-') && arg !== '-') {
      return `Unknown option "${arg}".`;
    } else {
      opts.inputs.push(arg);
    }
  }
  if (opts.inputs.length === 0) return 'Give at least one input file (or - for standard input).';
  return opts;
}

/** The JSON Lines record: the Summary plus the fields the command-line contract names. */
function jsonRecord(source: string, s: Summary) {
  return {
    source,
    isReview: s.isReview,
    title: s.title,
    verdict: s.verdict,
    people: s.people,
    quotes: s.quotes,
    review: s.review,
    reviewList: s.reviewList,
    language: s.language,
    page: s.source,
    stats: s.stats,
  };
}

function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    if (err.code === 'ENOENT') return 'No such file.';
    if (err.code === 'EISDIR') return 'That is a folder, not a file.';
    if (err.code === 'EACCES') return 'Permission denied.';
  }
  return err instanceof Error ? err.message : String(err);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    if (parsed) process.stderr.write(`review-lens: ${parsed}\n`);
    process.stderr.write(`${USAGE}\n`);
    return parsed ? 2 : 0;
  }
  let failed = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for (const input of parsed.inputs) {
    try {
      const s = await summariseInput(input, parsed.quoteCount);
      if (parsed.format === 'json') out.push(`${JSON.stringify(jsonRecord(input, s))}\n`);
      else out.push(`${parsed.format === 'markdown' ? toMarkdown(s) : toPlainText(s)}\n\n`);
    } catch (err) {
      failed++;
      if (parsed.format === 'json') out.push(`${JSON.stringify({ source: input, error: errorMessage(err) })}\n`);
      else process.stderr.write(`review-lens: ${input}: ${errorMessage(err)}\n`);
    }
    // Write in batches: one write per input would dominate the time on thousands of small inputs.
    if (out.length >= 64) flush();
  }
  flush();
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`review-lens: ${errorMessage(err)}\n`);
    process.exitCode = 2;
  },
);
