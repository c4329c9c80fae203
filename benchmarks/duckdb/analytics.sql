-- Journey analytics of docs/analytics.md in SQL, for the five-stage retail map
-- (benchmarks/data/retail-map.json). {{csv}} is replaced by the events file and {{touchpoints}}
-- by the map's touchpoints as VALUES (touchpoint id, stage index, stage id, initiator).
-- Each SELECT below is one part of the report, which run.mjs prints as JSON (no semicolons in comments: run.mjs splits on them).

CREATE TEMP TABLE tp AS
SELECT * FROM (VALUES {{touchpoints}}) AS t(touchpoint_id, s, stage_id, initiator);

CREATE TEMP TABLE raw AS
SELECT * FROM read_csv('{{csv}}', header = true, delim = ',', quote = '"',
    columns = {'customerId': 'VARCHAR', 'touchpointId': 'VARCHAR', 'timestamp': 'TIMESTAMPTZ'});

-- Events on touchpoints of the map, with their stage.
CREATE TEMP TABLE ev AS
SELECT r.customerId AS c, tp.s, tp.stage_id, tp.initiator, r.timestamp AS ts
FROM raw r JOIN tp ON r.touchpointId = tp.touchpoint_id;

-- totals
SELECT (SELECT count(*) FROM raw) AS events,
       (SELECT count(DISTINCT c) FROM ev) AS customers,
       (SELECT count(*) FROM raw) - (SELECT count(*) FROM ev) AS unknownTouchpointEvents,
       (SELECT count(*) FILTER (WHERE initiator = 'customer') / count(*) FILTER (WHERE initiator IS NOT NULL) FROM ev) AS customerInitiatedShare;

-- reach
SELECT s, count(DISTINCT c) AS reach FROM ev GROUP BY s ORDER BY s;

-- funnel: t0 = first event in stage 0, tk = earliest event in stage k at or after t(k-1)
WITH f0 AS (SELECT c, min(ts) AS t FROM ev WHERE s = 0 GROUP BY c),
     f1 AS (SELECT e.c, min(e.ts) AS t FROM ev e JOIN f0 ON e.c = f0.c WHERE e.s = 1 AND e.ts >= f0.t GROUP BY e.c),
     f2 AS (SELECT e.c, min(e.ts) AS t FROM ev e JOIN f1 ON e.c = f1.c WHERE e.s = 2 AND e.ts >= f1.t GROUP BY e.c),
     f3 AS (SELECT e.c, min(e.ts) AS t FROM ev e JOIN f2 ON e.c = f2.c WHERE e.s = 3 AND e.ts >= f2.t GROUP BY e.c),
     f4 AS (SELECT e.c, min(e.ts) AS t FROM ev e JOIN f3 ON e.c = f3.c WHERE e.s = 4 AND e.ts >= f3.t GROUP BY e.c)
SELECT 0 AS s, count(*) AS funnel, NULL AS medianSecondsFromPrevious FROM f0
UNION ALL SELECT 1, count(*), quantile_cont(epoch(f1.t) - epoch(f0.t), 0.5) FROM f1 JOIN f0 USING (c)
UNION ALL SELECT 2, count(*), quantile_cont(epoch(f2.t) - epoch(f1.t), 0.5) FROM f2 JOIN f1 USING (c)
UNION ALL SELECT 3, count(*), quantile_cont(epoch(f3.t) - epoch(f2.t), 0.5) FROM f3 JOIN f2 USING (c)
UNION ALL SELECT 4, count(*), quantile_cont(epoch(f4.t) - epoch(f3.t), 0.5) FROM f4 JOIN f3 USING (c)
ORDER BY s;

-- paths: stages in time order (ties by stage order), consecutive repeats folded, top 10, ties by the joined ids
WITH o AS (SELECT c, s, stage_id, ts, lag(s) OVER (PARTITION BY c ORDER BY ts, s) AS prev FROM ev),
     p AS (SELECT c, string_agg(stage_id, '>' ORDER BY ts, s) AS path FROM o WHERE prev IS NULL OR prev <> s GROUP BY c)
SELECT path, count(*) AS customers FROM p GROUP BY path ORDER BY customers DESC, path LIMIT 10;
