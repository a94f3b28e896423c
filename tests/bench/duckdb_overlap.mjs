// duckdb_overlap.mjs - DuckDB reference for `patlap overlap` (benchmark baseline).
//
// Usage: node duckdb_overlap.mjs INPUT.csv OUTPUT.csv [overlap|flows|pad]
//
// `pad` takes the Patent Assignment Dataset's documentid.csv as INPUT and computes the same pairs from it: the
// deal is the record (rf_id), the patent its grant number, or its application number where it has none.
//
// `flows` runs the nearest SQL equivalent of `patlap flows` instead (the party-to-party matrix), for its
// timing: it groups parties by their names as written, since SQL has no party keys, so its rows are not
// expected to match patlap's.
//
// Computes, for every pair of deals sharing at least one patent, the number of shared
// patents, both deal sizes and the Jaccard index, with a plain SQL self-join on the
// distinct (deal, patent) pairs, and writes the result as CSV.  Rows are not filtered
// or normalised: noisy rows only repeat (deal, patent) pairs of valid rows.
//
// @duckdb/node-api is looked up in $DUCKDB_NODE_DIR, then in build-bench/duckdb at the
// repository root (where tests/bench/run.sh installs it), then by normal resolution.

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function loadDuckDB() {
  const dirs = [process.env.DUCKDB_NODE_DIR, path.resolve(here, '..', '..', 'build-bench', 'duckdb')];
  for (const dir of dirs) {
    if (dir && existsSync(path.join(dir, 'node_modules', '@duckdb', 'node-api'))) {
      return createRequire(path.join(dir, 'package.json'))('@duckdb/node-api');
    }
  }
  return createRequire(import.meta.url)('@duckdb/node-api');
}

function sqlString(s) {
  return "'" + s.replaceAll("'", "''") + "'";
}

async function main() {
  const args = process.argv.slice(2);
  const which = args[2] ?? 'overlap';
  if (args.length < 2 || args.length > 3 || args[0] === '-h' || args[0] === '--help' || !['overlap', 'flows', 'pad'].includes(which)) {
    process.stderr.write('usage: node duckdb_overlap.mjs INPUT.csv OUTPUT.csv [overlap|flows|pad]\n');
    process.exit(2);
  }
  const input = path.resolve(args[0]);
  const output = path.resolve(args[1]);
  if (!existsSync(input)) {
    process.stderr.write(`duckdb_overlap: no such file: ${input}\n`);
    process.exit(2);
  }

  const { DuckDBInstance } = loadDuckDB();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run('SET threads=2');

  // The query, verbatim apart from the file names.  read_csv's sniffer copes with the
  // generated files (RFC 4180 quoting, noisy rows) without extra options.
  const overlap = `WITH t AS (SELECT * FROM read_csv(${sqlString(input)}, header=true, all_varchar=true)),
dp AS (SELECT DISTINCT deal, patent FROM t),
sz AS (SELECT deal, count(*) n FROM dp GROUP BY deal),
pairs AS (SELECT a.deal deal_a, b.deal deal_b, count(*) shared FROM dp a JOIN dp b ON a.patent=b.patent AND a.deal<b.deal GROUP BY ALL)
SELECT p.*, sa.n, sb.n, shared/(sa.n+sb.n-shared) FROM pairs p JOIN sz sa ON sa.deal=p.deal_a JOIN sz sb ON sb.deal=p.deal_b ORDER BY shared DESC`;
  const flows = `SELECT "from", "to", count(DISTINCT deal) deals, count(DISTINCT patent) patents, min(date) first_date, max(date) last_date
FROM read_csv(${sqlString(input)}, header=true, all_varchar=true) GROUP BY ALL ORDER BY "from", "to"`;
  const pad = `WITH t AS (SELECT * FROM read_csv(${sqlString(input)}, header=true, all_varchar=true)),
dp AS (SELECT DISTINCT rf_id deal, coalesce(nullif(grant_doc_num, ''), 'APP' || appno_doc_num) patent FROM t),
sz AS (SELECT deal, count(*) n FROM dp GROUP BY deal),
pairs AS (SELECT a.deal deal_a, b.deal deal_b, count(*) shared FROM dp a JOIN dp b ON a.patent=b.patent AND a.deal<b.deal GROUP BY ALL)
SELECT p.*, sa.n, sb.n, shared/(sa.n+sb.n-shared) FROM pairs p JOIN sz sa ON sa.deal=p.deal_a JOIN sz sb ON sb.deal=p.deal_b ORDER BY shared DESC`;
  const query = which === 'flows' ? flows : which === 'pad' ? pad : overlap;

  const start = process.hrtime.bigint();
  await conn.run(`COPY (${query}) TO ${sqlString(output)} (HEADER, DELIMITER ',')`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stderr.write(`duckdb ${which} query: ${seconds.toFixed(3)} s\n`);

  conn.closeSync();
  instance.closeSync();
}

main().catch((err) => {
  process.stderr.write(`duckdb_overlap: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
