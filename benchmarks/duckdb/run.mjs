// Runs analytics.sql with DuckDB (npm package @duckdb/node-api) on an events CSV and a map.
// usage: node run.mjs <events.csv> <map.json> [threads]
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [, , csv, mapPath, threads = '2'] = process.argv;
if (!csv || !mapPath) {
  console.error('usage: node run.mjs <events.csv> <map.json> [threads]');
  process.exit(2);
}

const quote = (s) => (s === null || s === undefined ? 'NULL' : `'${String(s).replaceAll("'", "''")}'`);
const map = JSON.parse(readFileSync(mapPath, 'utf8'));
const touchpoints = map.stages
  .flatMap((stage, i) => stage.touchpoints.map((t) => `(${quote(t.id)}, ${i}, ${quote(stage.id)}, ${quote(t.initiator)})`))
  .join(', ');
const sql = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'analytics.sql'), 'utf8')
  .replaceAll('{{csv}}', csv.replaceAll("'", "''"))
  .replaceAll('{{touchpoints}}', touchpoints);

const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const statements = sql.split(';').map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim().length > 0);
const results = [];
for (const statement of statements) {
  const reader = await connection.runAndReadAll(statement);
  if (/^\s*(--.*\n\s*)*(SELECT|WITH)/i.test(statement)) {
    results.push(reader.getRowObjectsJson());
  }
}
console.log(JSON.stringify(results, null, 1));
