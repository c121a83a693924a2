/**
 * `npm run bench`: the benchmarks, one after another, each printing its own table. Not part of
 * `npm test`. Flags: `npm run bench -w @jmo/bench -- --people 200000 --db-people 10000`. From the
 * repository root, `npm run bench -- --people=200000` also works: the root script runs npm again,
 * which takes `--name=value` as its own config and hands it over as `npm_config_name`, read below.
 */
import { parseArgs } from 'node:util';
import { runGenerateBench } from './generate.bench.ts';

const { values: flags } = parseArgs({
  options: {
    people: { type: 'string' },
    'db-people': { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    'database-url': { type: 'string' },
    'skip-generate': { type: 'boolean', default: false },
    'skip-db': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const fromNpm = (name: string): string | undefined => process.env[`npm_config_${name.replaceAll('-', '_')}`];
const values = {
  ...flags,
  people: flags.people ?? fromNpm('people'),
  'db-people': flags['db-people'] ?? fromNpm('db-people'),
  seed: flags.seed ?? fromNpm('seed'),
  'as-of': flags['as-of'] ?? fromNpm('as-of'),
  'database-url': flags['database-url'] ?? fromNpm('database-url'),
  'skip-generate': flags['skip-generate'] || fromNpm('skip-generate') === 'true',
  'skip-db': flags['skip-db'] || fromNpm('skip-db') === 'true',
};

if (values.help) {
  console.log(`Usage: npm run bench -- [options]

  --people N          people for the generator-only run (default 1000000)
  --db-people N       people written to PostgreSQL, seed path and raw COPY (default 100000)
  --seed N            generator seed (default 20261123)
  --as-of YYYY-MM-DD  the generation day (default: today in Asia/Jakarta)
  --database-url URL  PostgreSQL server to create the scratch database on
                      (default: $DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  --skip-generate     skip part A (generator only)
  --skip-db           skip part B (PostgreSQL)`);
  process.exit(0);
}

const count = (text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a count: ${text}`);
  return n;
};

await runGenerateBench({
  people: count(values.people, 1_000_000),
  dbPeople: count(values['db-people'], 100_000),
  seed: count(values.seed, 20_261_123),
  asOf: values['as-of'],
  databaseUrl:
    values['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  skipGenerate: values['skip-generate'],
  skipDb: values['skip-db'],
});
