/**
 * Reading the BPJSTKU export: a CSV with a header row naming the columns below (any order). Records
 * stream through csv-parse, so a file of millions of accounts is never held in memory. A record that
 * cannot be read (a broken quote, too few or too many fields) becomes a problem for its line, and
 * the rest of the file is still read; only a missing or wrong header stops the import.
 */
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { type CsvError, type Info, parse } from 'csv-parse';

export const LEGACY_COLUMNS = [
  'nik',
  'full_name',
  'birth_date',
  'email',
  'phone',
  'password_hash',
  'kpj',
] as const;

export type LegacyColumn = (typeof LEGACY_COLUMNS)[number];

export type LegacyCsvRecord =
  | { line: number; fields: Partial<Record<LegacyColumn, string>> }
  | { line: number; problem: string };

/** The file cannot be imported at all: no header, or not the columns we expect. */
export class LegacyCsvError extends Error {}

function headerProblem(header: readonly string[]): string | undefined {
  const missing = LEGACY_COLUMNS.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !(LEGACY_COLUMNS as readonly string[]).includes(column));
  const repeated = header.filter((column, i) => header.indexOf(column) !== i);
  const problems = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    unknown.length > 0 ? `unknown ${unknown.map(quoteColumnName).join(', ')}` : '',
    repeated.length > 0 ? `repeated ${repeated.map(quoteColumnName).join(', ')}` : '',
  ].filter(Boolean);
  return problems.length > 0
    ? `bad header (${problems.join('; ')}); expected the columns ${LEGACY_COLUMNS.join(',')}`
    : undefined;
}

/** A file without a header starts with a member's data: never echo what does not look like a column name. */
const quoteColumnName = (name: string): string =>
  /^[a-z][a-z0-9_]{0,39}$/.test(name) ? JSON.stringify(name) : '(a value that is no column name)';

export async function* readLegacyCsv(input: Readable): AsyncGenerator<LegacyCsvRecord> {
  let sawHeader = false;
  const unreadable: LegacyCsvRecord[] = [];
  const lines = new LineCounter();
  const parser = parse({
    info: true,
    skip_empty_lines: true,
    // Rows with a wrong number of fields arrive flagged (info.error) instead of stopping the parse.
    relax_column_count: true,
    skip_records_with_error: true,
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim().toLowerCase());
      const problem = headerProblem(names);
      if (problem) throw new LegacyCsvError(problem);
      sawHeader = true;
      return names;
    },
  });
  // A record the parser gave up on (e.g. an unclosed quote); the message may quote the data, so only
  // the error code is kept.
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    unreadable.push({ line: error.lines ?? 0, problem: `unreadable CSV record (${error.code})` });
  });
  input.on('error', (error) => parser.destroy(error));
  for await (const { record, info } of input.pipe(lines).pipe(parser) as AsyncIterable<{
    record: Record<string, string>;
    info: Info & { error?: CsvError };
  }>) {
    yield* unreadable.splice(0);
    // info.bytes is where the record ends, after its line break.
    const line = lines.lineAt(info.bytes - 1) - lineBreaksIn(record);
    yield info.error
      ? { line, problem: `expected ${LEGACY_COLUMNS.length} fields, found a different number` }
      : { line, fields: record };
  }
  yield* unreadable.splice(0);
  if (!sawHeader)
    throw new LegacyCsvError(`the file is empty: expected a header row ${LEGACY_COLUMNS.join(',')}`);
}

/** Line breaks inside a record's (quoted) values: its first line is that many above its last. */
function lineBreaksIn(record: Record<string, string>): number {
  let count = 0;
  for (const value of Object.values(record)) count += value.split('\n').length - 1;
  return count;
}

/**
 * Passes the file through to the parser (without a UTF-8 byte-order mark) and maps byte offsets to
 * line numbers. csv-parse counts lines itself, but miscounts a quoted line break after a blank line
 * in a CRLF file; counting LF bytes is simple and exact. Offsets must be asked in increasing order,
 * so only the chunks the parser has not finished with are kept.
 */
class LineCounter extends Transform {
  private chunks: Buffer[] = [];
  private firstChunkOffset = 0;
  private countedTo = 0;
  private lineBreaks = 0;
  private started = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!this.started) {
      this.started = true;
      if (bytes.subarray(0, 3).equals(UTF8_BOM)) bytes = bytes.subarray(3);
    }
    this.chunks.push(bytes);
    done(null, bytes);
  }

  /** The 1-based line of the byte at `offset`. */
  lineAt(offset: number): number {
    while (this.countedTo < offset && this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const chunkEnd = this.firstChunkOffset + chunk.length;
      const until = Math.min(offset, chunkEnd);
      for (let i = this.countedTo - this.firstChunkOffset; i < until - this.firstChunkOffset; i++)
        if (chunk[i] === LF) this.lineBreaks++;
      this.countedTo = until;
      if (until === chunkEnd) {
        this.chunks.shift();
        this.firstChunkOffset = chunkEnd;
      }
    }
    return this.lineBreaks + 1;
  }
}

const LF = 0x0a;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
