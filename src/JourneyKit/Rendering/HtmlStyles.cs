namespace JourneyKit.Rendering;

/// <summary>The style sheet of the HTML report: inline (the page loads nothing), screen and print.</summary>
internal static class HtmlStyles
{
    /// <summary>The CSS, free of <c>&lt;</c> and <c>&amp;</c> so the page also parses as XML.</summary>
    public const string Css = """
:root { --ink: #1E293B; --muted: #64748B; --rule: #E2E8F0; --band: #1F3A5F; --pain: #DC2626; --delight: #16A34A; --amber: #D97706; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #F1F5F9; color: var(--ink); font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1440px; margin: 0 auto; padding: 18px 24px 36px; }
header.page { background: var(--band); color: #FFFFFF; padding: 16px 0 14px; }
header.page .inner { max-width: 1440px; margin: 0 auto; padding: 0 24px; }
header.page .kicker { font-size: 11px; letter-spacing: 1.5px; text-transform: uppercase; color: #9FB3CC; font-weight: 700; }
header.page h1 { margin: 2px 0 4px; font-size: 26px; line-height: 1.2; overflow-wrap: anywhere; }
header.page p { margin: 0; color: #D5E0EE; max-width: 900px; overflow-wrap: anywhere; }
.tiles { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.tiles li { background: rgba(255,255,255,0.08); border: 1px solid rgba(255,255,255,0.16); border-radius: 10px; padding: 5px 12px; min-width: 104px; }
.tiles .label { display: block; font-size: 11px; color: #9FB3CC; text-transform: uppercase; letter-spacing: 0.6px; }
.tiles .value { display: block; font-size: 19px; font-weight: 700; font-variant-numeric: tabular-nums; }
.tiles .value.good { color: #6EE7A0; } .tiles .value.fair { color: #FCD34D; } .tiles .value.poor { color: #FCA5A5; }
section { background: #FFFFFF; border: 1px solid var(--rule); border-radius: 12px; padding: 16px 20px; margin: 0 0 18px; }
section h2 { margin: 0 0 4px; font-size: 18px; }
section.collapsed { padding: 10px 20px; }
section.collapsed h2 { margin: 0; font-size: 15px; color: var(--muted); }
section p.lead { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
.map-scroll { overflow-x: auto; border-radius: 8px; }
.map-scroll svg { display: block; }
.grid-2 { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.grid-2 > section { margin: 0; }
.chart-row { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.chart-row > svg { flex: 0 0 auto; }
.chart-row > .table-wrap { flex: 1 1 420px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: 0.5px; color: var(--muted); font-weight: 700; border-bottom: 2px solid var(--rule); padding: 6px 10px; white-space: nowrap; }
td { border-bottom: 1px solid var(--rule); padding: 7px 10px; vertical-align: top; overflow-wrap: break-word; }
tbody tr:nth-child(even) td { background: #F8FAFC; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ci { display: block; color: var(--muted); font-size: 11px; white-space: nowrap; }
.sub { display: block; color: var(--muted); font-size: 12px; }
.muted { color: var(--muted); }
.step { display: inline-block; min-width: 22px; height: 22px; line-height: 22px; border-radius: 11px; background: var(--ink); color: #FFFFFF; font-size: 11px; font-weight: 700; text-align: center; padding: 0 5px; margin-right: 6px; }
.step.pain { background: var(--pain); } .step.delight { background: var(--delight); }
.pill { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 11.5px; font-weight: 700; white-space: nowrap; }
.pill.green { background: #DCFCE7; color: #166534; } .pill.amber { background: #FEF3C7; color: #92400E; }
.pill.red { background: #FEE2E2; color: #991B1B; } .pill.unknown { background: #F1F5F9; color: var(--muted); }
.reason { display: inline-block; border-radius: 6px; padding: 0 7px; margin: 2px 4px 2px 0; font-size: 12px; background: #F1F5F9; }
.findings { list-style: none; margin: 0; padding: 0; }
.findings li { padding: 8px 0; border-bottom: 1px solid var(--rule); }
.findings li:last-child { border-bottom: 0; }
.score { font-weight: 700; } .score.good { color: var(--delight); } .score.fair { color: var(--amber); } .score.poor { color: var(--pain); }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 8px 0 0; }
@media (max-width: 900px) { .grid-2 { grid-template-columns: 1fr; } }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #FFFFFF; font-size: 11px; }
  main { max-width: none; padding: 0; }
  header.page { padding: 8px 12px; }
  header.page h1 { font-size: 20px; }
  header.page p { font-size: 10px; }
  .tiles { margin-top: 6px; }
  .tiles li { padding: 3px 8px; min-width: 80px; }
  .tiles .value { font-size: 14px; }
  header.page .inner { padding: 0; }
  section { border: 0; border-radius: 0; padding: 10px 0; break-inside: avoid-page; }
  section.long { break-inside: auto; }
  .map-scroll { overflow: visible; }
  .map-scroll svg { width: auto; height: auto; max-width: 100%; max-height: 122mm; margin: 0 auto; }
  section p.lead { margin-bottom: 4px; }
  .chart-row > svg { width: 260px; height: auto; }
  .grid-2 { grid-template-columns: 1fr 1fr; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
""";
}
