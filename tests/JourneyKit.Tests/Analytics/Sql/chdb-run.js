// Runs SQL in chDB (ClickHouse in process) for ClickHouseEngine.cs. Reads one JSON object from stdin:
// { "module": path of the chdb package, "session": a folder, "statements": [...], "query": "..." (optional) }
// runs the statements in a session kept in that folder, then the query, and prints its result as raw text
// (TSVRaw). An error is printed on stderr with exit code 1.
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const { Session } = require(input.module);
const session = new Session(input.session);
try {
  for (const statement of input.statements) {
    session.query(statement);
  }
  if (input.query) {
    process.stdout.write(session.query(input.query, 'TSVRaw'));
  }
} catch (e) {
  process.stderr.write(String(e && e.message || e));
  process.exitCode = 1;
}
