using System.Globalization;
using System.Text.Json;
using JourneyKit.Csv;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Writes the touchpoint table of a score report as CSV (the shape <c>journeykit score --format csv</c>
/// prints), for spreadsheets and BI tools: one row per touchpoint in map order, RFC 4180 quoted and
/// safe against formula injection.
/// </summary>
/// <remarks>
/// Columns, in this order: <c>touchpointId</c>, <c>touchpointName</c>, <c>stageId</c>, <c>stageName</c>,
/// <c>score</c>; for each of NPS, CSAT and CES its <c>Value</c>, <c>Low</c>, <c>High</c> (the 95 % interval)
/// and <c>N</c> (<c>npsValue</c>, <c>npsLow</c>, … <c>cesN</c>); <c>processMinutes</c>, <c>waitMinutes</c>,
/// <c>painReasons</c> and <c>delightReasons</c> (the <see cref="FindingReason"/> names in camelCase, joined
/// by <c>;</c>). Figures are unrounded, as the shortest invariant text that reads back to the same
/// double (like the JSON report), <c>-0</c> as <c>0</c>; an absent figure is an empty cell. Lines end
/// with CRLF, as RFC 4180 writes them. A cell beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a
/// tab or a CR gets a leading <c>'</c> unless it is a number (a negative NPS stays a number).
/// </remarks>
public static class ScoreReportCsv
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "touchpointId", "touchpointName", "stageId", "stageName", "score",
        "npsValue", "npsLow", "npsHigh", "npsN",
        "csatValue", "csatLow", "csatHigh", "csatN",
        "cesValue", "cesLow", "cesHigh", "cesN",
        "processMinutes", "waitMinutes", "painReasons", "delightReasons",
    ];

    /// <summary>Writes the touchpoint table of <paramref name="report"/>, scored from <paramref name="map"/>.</summary>
    /// <param name="map">The map the report was scored from (for the names and minutes).</param>
    /// <param name="report">The report.</param>
    /// <returns>The CSV text: a header line and one line per touchpoint, each ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static string Write(JourneyMap map, JourneyScoreReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(map, report, writer);
        return writer.ToString();
    }

    /// <summary>Writes the touchpoint table of <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <param name="map">The map the report was scored from (for the names and minutes).</param>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static void Write(JourneyMap map, JourneyScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var stages = new Dictionary<string, Stage>(StringComparer.Ordinal);
        var touchpoints = new Dictionary<string, Touchpoint>(StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            stages.TryAdd(stage.Id, stage);
            foreach (var touchpoint in stage.Touchpoints)
            {
                touchpoints.TryAdd(touchpoint.Id, touchpoint);
            }
        }

        var pains = report.PainPoints.GroupBy(f => f.TouchpointId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var delights = report.Delights.GroupBy(f => f.TouchpointId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Row(writer, Columns);
        var cells = new string?[Columns.Count];
        foreach (var score in report.Touchpoints)
        {
            touchpoints.TryGetValue(score.TouchpointId, out var touchpoint);
            stages.TryGetValue(score.StageId, out var stage);
            var i = 0;
            cells[i++] = score.TouchpointId;
            cells[i++] = touchpoint?.Name;
            cells[i++] = score.StageId;
            cells[i++] = stage?.Name;
            cells[i++] = Number(score.Score);
            foreach (var estimate in new[] { score.Nps, score.Csat, score.Ces })
            {
                cells[i++] = Number(estimate?.Value);
                cells[i++] = Number(estimate?.Low);
                cells[i++] = Number(estimate?.High);
                cells[i++] = estimate is { } e ? e.N.ToString(CultureInfo.InvariantCulture) : null;
            }

            cells[i++] = Number(touchpoint?.ProcessMinutes);
            cells[i++] = Number(touchpoint?.WaitMinutes);
            cells[i++] = Reasons(pains.GetValueOrDefault(score.TouchpointId));
            cells[i++] = Reasons(delights.GetValueOrDefault(score.TouchpointId));
            Row(writer, cells);
        }
    }

    private static void Row(TextWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            CsvCells.WriteCell(writer, cells[i]);
        }

        writer.Write("\r\n");
    }

    private static string? Number(double? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (!double.IsFinite(v))
        {
            throw new InvalidOperationException($"The score report holds {v}, which a CSV cell cannot hold as a figure; a figure must be a finite number.");
        }

        return v == 0 ? "0" : v.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string? Reasons(TouchpointFinding? finding) =>
        finding is null ? null : string.Join(';', finding.Reasons.Select(r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString())));
}
