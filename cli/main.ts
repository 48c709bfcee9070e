// review-lens summarize [--format json|markdown|text] <input>...
// HTML inputs go through the same extraction as the extension (with linkedom as the DOM); other files are
// plain article text; "-" reads standard input. One result per input, in input order.
import { parseArgs } from 'node:util';
import { toMarkdown, toPlainText } from '../lib/format';
import { DEFAULT_QUOTE_COUNT } from '../lib/pipeline';
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

const FORMATS: readonly Format[] = ['json', 'markdown', 'text'];
/** Five quotes fill the popup; more would be most of a short review. */
const MAX_QUOTES = 5;

/** The command line as Options, or the usage error to print ("" for --help). */
function readCommandLine(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'summarize' && command !== 'summarise') return command ? `Unknown command "${command}".` : '';
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(rest);
  } catch (err) {
    // parseArgs names the option it could not take ("Unknown option '--x'"); say it the same way as the rest.
    return err instanceof Error ? `${err.message.split('. ')[0]}.` : String(err);
  }
  const { values, positionals } = parsed;
  if (values.help) return '';
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return '--format must be json, markdown or text.';
  const quoteCount = Number(values.quotes);
  if (!Number.isInteger(quoteCount) || quoteCount < 1 || quoteCount > MAX_QUOTES) {
    return `--quotes must be a whole number from 1 to ${MAX_QUOTES}.`;
  }
  if (positionals.length === 0) return 'Give at least one input file (or - for standard input).';
  return { format, quoteCount, inputs: positionals };
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      quotes: { type: 'string', default: String(DEFAULT_QUOTE_COUNT) },
      help: { type: 'boolean', short: 'h' },
    },
  });
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
  const parsed = readCommandLine(argv);
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

/** Runs the command line; bin/review-lens.mjs calls it. Importing this module runs nothing, so tests can use
 *  summariseInput in-process (tests/lib/golden-pages.test.ts). */
export function runCli(argv: string[] = process.argv.slice(2)): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`review-lens: ${errorMessage(err)}\n`);
      process.exitCode = 2;
    },
  );
}
