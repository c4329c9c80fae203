using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JourneyKit.Comparison;
using JourneyKit.Model;

namespace JourneyKit.Cli.Commands;

/// <summary>The terminal form of a diff report: the verdict first, then the details.</summary>
internal static class DiffTextReport
{
    private const string None = "-";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, string beforePath, JourneyMap before, string afterPath, JourneyMap after, JourneyDiffReport report)
    {
        var text = new StringBuilder();
        text.Append("Diff: ").Append(beforePath).Append(" (").Append(before.Id).Append(") -> ").Append(afterPath).Append(" (").Append(after.Id).AppendLine(")");
        text.AppendLine(report.Kind == DiffKind.Projected
            ? "Kind: projected - a future state against the map it improves: the effect the plan promises. Survey tests use the answer counts the future map assumes."
            : "Kind: measured - two snapshots of the journey: the effect the change had.");
        foreach (var warning in report.Warnings)
        {
            text.Append("Warning: ").AppendLine(warning);
        }

        WriteVerdict(text, report);
        WriteChanges(text, report);
        WriteOneSided(text, report);
        WriteStructure(text, report.Structure);
        output.Write(text.ToString());
    }

    private static void WriteVerdict(StringBuilder text, JourneyDiffReport report)
    {
        var surveys = report.Metrics.Where(static m => m.Significant is not null).ToList();
        var better = surveys.Where(static m => m.Significant == true && m.Direction == ChangeDirection.Better).ToList();
        var worse = surveys.Where(static m => m.Significant == true && m.Direction == ChangeDirection.Worse).ToList();
        var noise = surveys.Count(static m => m.Significant == false && m.Direction != ChangeDirection.Unchanged);
        var others = report.Metrics.Where(static m => m.Significant is null).ToList();

        text.AppendLine().Append("Verdict: ").AppendLine(report.Verdict() switch
        {
            DiffVerdict.NotComparable => "not comparable - the maps share no touchpoint id, so their figures are about different touchpoints and say nothing about a change",
            DiffVerdict.None => "no survey figure changed significantly (95 %)",
            DiffVerdict.Better => $"better - {Count(better.Count, "survey figure")} significantly better, none significantly worse (95 %)",
            DiffVerdict.Worse => $"worse - {Count(worse.Count, "survey figure")} significantly worse, none significantly better (95 %)",
            _ => $"mixed - {Count(better.Count, "survey figure")} significantly better, {worse.Count.ToString(Invariant)} significantly worse (95 %)",
        });
        WriteSignificant(text, "Significantly better", better);
        WriteSignificant(text, "Significantly worse", worse);
        text.Append("  Survey changes within the noise (not significant): ").AppendLine(noise.ToString(Invariant));
        text.Append("  Other figures (exact, not samples): ")
            .Append(others.Count(static m => m.Direction == ChangeDirection.Better).ToString(Invariant)).Append(" better, ")
            .Append(others.Count(static m => m.Direction == ChangeDirection.Worse).ToString(Invariant)).Append(" worse, ")
            .Append(others.Count(static m => m.Direction == ChangeDirection.Unchanged).ToString(Invariant)).AppendLine(" unchanged");
    }

    private static string Count(int count, string noun) => count.ToString(Invariant) + " " + noun + (count == 1 ? string.Empty : "s");

    private static void WriteSignificant(StringBuilder text, string title, List<MetricChange> rows)
    {
        if (rows.Count == 0)
        {
            text.Append("  ").Append(title).AppendLine(": none");
            return;
        }

        text.Append("  ").Append(title).AppendLine(":");
        foreach (var row in rows)
        {
            text.Append("    ").Append(Scope(row)).Append(' ').Append(MetricName(row.Metric)).Append(' ')
                .Append(Value(row.Metric, row.Before)).Append(" -> ").Append(Value(row.Metric, row.After))
                .Append(" (").Append(Difference(row.Metric, row.Difference)).Append(", ").Append(Statistic(row)).AppendLine(")");
        }
    }

    private static void WriteChanges(StringBuilder text, JourneyDiffReport report)
    {
        var moved = report.Metrics.Where(static m => m.Direction != ChangeDirection.Unchanged).ToList();
        text.AppendLine();
        if (moved.Count == 0)
        {
            text.Append("Figures: none changed (").Append(report.Metrics.Count.ToString(Invariant)).AppendLine(" compared)");
            return;
        }

        text.Append("Figures that changed (").Append(moved.Count.ToString(Invariant)).Append(" of ").Append(report.Metrics.Count.ToString(Invariant)).AppendLine(" compared)");
        TextTable.Write(
            text,
            ["Where", "Figure", "Before", "After", "Change", "Std. error", "Statistic", "Significant", "Direction"],
            [false, false, true, true, true, true, true, false, false],
            moved.Select(static m => new[]
            {
                Scope(m), MetricName(m.Metric), Value(m.Metric, m.Before), Value(m.Metric, m.After), Difference(m.Metric, m.Difference),
                m.StandardError is { } se ? Magnitude(m.Metric, se) : None,
                m.Statistic is not null ? Statistic(m) : None,
                m.Significant switch { true => "yes", false => "no", null => None },
                m.Direction == ChangeDirection.Better ? "better" : "worse",
            }));
    }

    private static void WriteOneSided(StringBuilder text, JourneyDiffReport report)
    {
        if (report.OneSided.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Figures on one side only (not a change)");
        foreach (var row in report.OneSided)
        {
            text.Append("  ").Append(Scope(row.Scope, row.Id)).Append(' ').Append(MetricName(row.Metric))
                .AppendLine(row.Side == MetricSide.Before ? ": before only" : ": after only");
        }
    }

    private static void WriteStructure(StringBuilder text, StructuralDiff structure)
    {
        text.AppendLine();
        if (structure.IsEmpty)
        {
            text.AppendLine("Structure: unchanged");
            return;
        }

        text.AppendLine("Structure");
        text.Append("  Added: ").AppendLine(References(structure.Added));
        text.Append("  Removed: ").AppendLine(References(structure.Removed));
        text.Append("  Moved: ").AppendLine(structure.Moved.Count == 0
            ? "none"
            : string.Join(", ", structure.Moved.Select(static m => $"touchpoint {m.Id} ({m.FromStageId} -> {m.ToStageId})")));
        if (structure.Changed.Count == 0)
        {
            text.AppendLine("  Changed: none");
            return;
        }

        text.AppendLine("  Changed:");
        foreach (var change in structure.Changed)
        {
            text.Append("    ").Append(Kind(change.Kind)).Append(' ').AppendLine(change.Id);
            foreach (var field in change.Changes)
            {
                text.Append("      ").Append(field.Field).Append(": ").Append(Json(field.Before)).Append(" -> ").AppendLine(Json(field.After));
            }
        }
    }

    private static string References(IReadOnlyList<EntityReference> references) =>
        references.Count == 0 ? "none" : string.Join(", ", references.Select(static r => $"{Kind(r.Kind)} {r.Id}"));

    private static string Json(JsonElement? value)
    {
        if (value is not { } element)
        {
            return "(absent)";
        }

        // Whole, however long: a changed value cut short could hide the change itself.
        return Compact(element);
    }

    private static string Compact(JsonElement element)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping: the text is for a terminal, and "+00:00" reads better than "\u002B00:00".
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Scope(MetricChange row) => Scope(row.Scope, row.Id);

    private static string Scope(DiffScope scope, string? id) => scope switch
    {
        DiffScope.Journey => "journey",
        DiffScope.Stage => $"stage {id}",
        DiffScope.Touchpoint => $"touchpoint {id}",
        _ => $"KPI {id}",
    };

    private static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Kpi => "KPI",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string MetricName(DiffMetric metric) => metric switch
    {
        DiffMetric.Score => "score",
        DiffMetric.Nps => "NPS",
        DiffMetric.Csat => "CSAT",
        DiffMetric.Ces => "CES",
        DiffMetric.LeadTimeMinutes => "lead time",
        DiffMetric.ProcessCycleEfficiency => "PCE",
        DiffMetric.PainPoints => "pain points",
        DiffMetric.RolledCompleteAccurate => "rolled C&A",
        DiffMetric.KpiValue => "value",
        _ => "attainment",
    };

    private static bool IsShare(DiffMetric metric) =>
        metric is DiffMetric.ProcessCycleEfficiency or DiffMetric.RolledCompleteAccurate or DiffMetric.KpiAttainment;

    // Every figure by the one rule of the text, HTML and Markdown reports (TextNumber over ReportText): the decimals of its
    // kind, trailing zeros dropped, the ASCII minus, times as `score` writes them (min, h, d), shares as percentages.
    private static int Decimals(DiffMetric metric) => metric switch
    {
        DiffMetric.Ces or DiffMetric.KpiValue => TextNumber.FineDecimals,
        DiffMetric.PainPoints => 0,
        _ => TextNumber.ScoreDecimals,
    };

    private static string Value(DiffMetric metric, double value) =>
        IsShare(metric) ? TextNumber.Percent(value)
        : metric == DiffMetric.LeadTimeMinutes ? TextNumber.Minutes(value)
        : TextNumber.Number(value, Decimals(metric));

    private static string Magnitude(DiffMetric metric, double value) =>
        IsShare(metric) ? TextNumber.Number(value * 100, 1) + " pp"
        : metric == DiffMetric.LeadTimeMinutes ? TextNumber.Minutes(value)
        : TextNumber.Number(value, Decimals(metric));

    private static string Difference(DiffMetric metric, double difference) =>
        IsShare(metric) ? TextNumber.Points(difference)
        : metric == DiffMetric.LeadTimeMinutes ? TextNumber.SignedMinutes(difference)
        : TextNumber.Delta(difference, Decimals(metric));

    private static string Statistic(MetricChange row) => row.Statistic is { } statistic
        ? (row.Metric == DiffMetric.Ces ? "t = " : "z = ") + TextNumber.Statistic(statistic)
        : "no test possible";
}
