using System.Globalization;
using System.Text;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>
/// Draws the outcome opportunity landscape (Outcome-Driven Innovation): importance across, satisfaction
/// up, both 0..10, with the underserved region (opportunity = importance + max(importance − satisfaction, 0) ≥ 10,
/// the triangle right of the line from (5, 0) to (10, 10)) and the overserved one (satisfaction above importance) shaded.
/// </summary>
internal static class OpportunityChartWriter
{
    private const double Size = 300;
    private const double Left = 46;
    private const double Top = 16;

    /// <summary>The outcomes that can be placed: both importance and satisfaction known, numbered as in the table.</summary>
    public static IReadOnlyList<(int Number, OutcomeOpportunity Row)> Placed(JourneyScoreReport report) =>
        report.Outcomes.Select((row, i) => (Number: i + 1, Row: row))
            .Where(p => p.Row.Importance is not null && p.Row.Satisfaction is not null)
            .ToList();

    /// <summary>Appends the chart's <c>&lt;svg&gt;</c> element.</summary>
    public static void Write(JourneyMap map, JourneyScoreReport report, StringBuilder output)
    {
        var statements = map.Outcomes.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Statement, StringComparer.Ordinal);
        var svg = new SvgCanvas(output);
        var width = Left + Size + 20;
        var height = Top + Size + 44;
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opportunity-chart\" width=\"{SvgCanvas.Num(width)}\" height=\"{SvgCanvas.Num(height)}\" viewBox=\"0 0 {SvgCanvas.Num(width)} {SvgCanvas.Num(height)}\" role=\"img\" aria-labelledby=\"jk-odi-title\" font-family=\"Segoe UI, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif\" fill=\"{Palette.Ink}\">");
        svg.Raw("<title id=\"jk-odi-title\">Outcome opportunity landscape: importance against satisfaction</title>");
        svg.Rect(Left, Top, Size, Size, $"fill=\"#FFFFFF\" stroke=\"{Palette.Rule}\"");
        svg.Path($"M{P(X(5))} {P(Y(0))}L{P(X(10))} {P(Y(0))}L{P(X(10))} {P(Y(10))}z", $"fill=\"{Palette.Pain}\" fill-opacity=\"0.10\"");
        svg.Path($"M{P(X(0))} {P(Y(0))}L{P(X(0))} {P(Y(10))}L{P(X(10))} {P(Y(10))}z", "fill=\"#64748B\" fill-opacity=\"0.08\"");
        for (var v = 0; v <= 10; v += 2)
        {
            svg.Line(X(v), Top, X(v), Top + Size, "stroke=\"#EEF2F7\"");
            svg.Line(Left, Y(v), Left + Size, Y(v), "stroke=\"#EEF2F7\"");
            var label = v.ToString(CultureInfo.InvariantCulture);
            svg.Text(X(v), Top + Size + 14, label, $"font-size=\"10\" text-anchor=\"middle\" fill=\"{Palette.Muted}\"");
            svg.Text(Left - 6, Y(v) + 3.5, label, $"font-size=\"10\" text-anchor=\"end\" fill=\"{Palette.Muted}\"");
        }

        svg.Line(X(5), Y(0), X(10), Y(10), $"stroke=\"{Palette.Pain}\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"");
        svg.Line(X(0), Y(0), X(10), Y(10), "stroke=\"#94A3B8\" stroke-width=\"1\" stroke-dasharray=\"2 3\"");
        svg.Text(X(9.8), Y(0.5), "underserved", $"font-size=\"11\" font-weight=\"700\" text-anchor=\"end\" fill=\"{Palette.Pain}\"");
        svg.Text(X(0.3), Y(9.3), "overserved", $"font-size=\"11\" font-weight=\"700\" fill=\"{Palette.Muted}\"");
        svg.Text(Left + (Size / 2), Top + Size + 32, "Importance", $"font-size=\"11.5\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{Palette.Muted}\"");
        svg.Raw($"<text x=\"14\" y=\"{P(Top + (Size / 2))}\" font-size=\"11.5\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{Palette.Muted}\" transform=\"rotate(-90 14 {P(Top + (Size / 2))})\">Satisfaction</text>");

        var placed = Placed(report);
        var at = placed.Select(p => (X: X(Math.Clamp(p.Row.Importance!.Value, 0, 10)), Y: Y(Math.Clamp(p.Row.Satisfaction!.Value, 0, 10)))).ToList();
        var markers = Spread(at, MarkerRadius, (Left, Top, Left + Size, Top + Size));
        for (var i = 0; i < placed.Count; i++)
        {
            var (number, row) = placed[i];
            var (x, y) = markers[i];
            var fill = row.Classification switch
            {
                OutcomeClassification.Underserved => Palette.Pain,
                OutcomeClassification.Overserved => Palette.Muted,
                _ => Palette.Process,
            };
            svg.OpenGroup("class=\"outcome\"").Title($"{number}. {statements.GetValueOrDefault(row.OutcomeId, row.OutcomeId)}: importance {ReportText.Number(row.Importance!.Value, 1)}, satisfaction {ReportText.Number(row.Satisfaction!.Value, 1)}");
            if (markers[i] != at[i])
            {
                // Set aside so that it hides no other marker: a leader from its true place.
                svg.Line(at[i].X, at[i].Y, x, y, $"stroke=\"{fill}\" stroke-width=\"1\" stroke-opacity=\"0.7\"");
                svg.Circle(at[i].X, at[i].Y, 2, $"fill=\"{fill}\"");
            }

            svg.Circle(x, y, MarkerRadius, $"class=\"marker\" fill=\"{fill}\" fill-opacity=\"0.9\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"");
            svg.Text(x, y + 3.5, number.ToString(CultureInfo.InvariantCulture), $"font-size=\"{(number >= 100 ? "8" : "10")}\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#FFFFFF\"");
            svg.CloseGroup();
        }

        svg.Raw("</svg>");
    }

    /// <summary>The radius of an outcome's marker, in px.</summary>
    public const double MarkerRadius = 10;

    /// <summary>
    /// Where each marker goes so that no two markers' squares (2·<paramref name="radius"/> a side, 1 px apart) meet:
    /// in order, each at its own point when that is free, else at the nearest free place on rings around it (12 places
    /// on the first ring, 12 more on each further one, 2.2 radii apart), inside <paramref name="box"/> while the box has room.
    /// Deterministic: the same points give the same places.
    /// </summary>
    public static IReadOnlyList<(double X, double Y)> Spread(IReadOnlyList<(double X, double Y)> points, double radius, (double Left, double Top, double Right, double Bottom) box)
    {
        var side = (2 * radius) + 1;
        var placed = new List<(double X, double Y)>(points.Count);
        foreach (var point in points)
        {
            placed.Add(FreePlace(point, placed, side, radius, box));
        }

        return placed;
    }

    private static (double X, double Y) FreePlace((double X, double Y) point, List<(double X, double Y)> placed, double side, double radius, (double Left, double Top, double Right, double Bottom) box)
    {
        bool Free((double X, double Y) c) => placed.TrueForAll(p => Math.Abs(p.X - c.X) >= side || Math.Abs(p.Y - c.Y) >= side);
        bool Inside((double X, double Y) c) => c.X >= box.Left && c.X <= box.Right && c.Y >= box.Top && c.Y <= box.Bottom;
        if (Free(point))
        {
            return point;
        }

        // Rings of growing radius; far out (a cluster bigger than the plot) the box no longer binds.
        for (var ring = 1; ; ring++)
        {
            var distance = ring * 2.2 * radius;
            var count = 12 * ring;
            for (var k = 0; k < count; k++)
            {
                var angle = (2 * Math.PI * k / count) - (Math.PI / 2);
                var candidate = (X: Math.Round(point.X + (distance * Math.Cos(angle)), 2), Y: Math.Round(point.Y + (distance * Math.Sin(angle)), 2));
                if ((ring > 20 || Inside(candidate)) && Free(candidate))
                {
                    return candidate;
                }
            }
        }
    }

    private static double X(double importance) => Left + (importance / 10 * Size);

    private static double Y(double satisfaction) => Top + Size - (satisfaction / 10 * Size);

    private static string P(double value) => SvgCanvas.Num(value);
}
