using System.Globalization;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>The small drawings of the SVG map: emotion curves, persona markers, pain and delight badges, faces.</summary>
internal static class SvgShapes
{
    /// <summary>
    /// A monotone cubic curve through the points (Fritsch–Carlson), as cubic Béziers: it never swings above
    /// or below its neighbouring points, so the curve shows no emotion that nobody stated.
    /// </summary>
    public static string SmoothPath(IReadOnlyList<(double X, double Y)> points)
    {
        var path = new StringBuilder();
        AppendSmoothPath(path, null, points);
        return path.ToString();
    }

    /// <summary>
    /// Writes <c>&lt;path d="…" attributes/&gt;</c> with the data of <see cref="SmoothPath(IReadOnlyList{ValueTuple{double, double}})"/>
    /// straight into the canvas (spilling to its sink as it goes: a curve across a large map is millions of characters).
    /// </summary>
    public static void SmoothPath(SvgCanvas svg, IReadOnlyList<(double X, double Y)> points, string attributes)
    {
        svg.Raw("<path d=\"");
        AppendSmoothPath(svg.Output, svg.Sink, points);
        svg.Raw("\" ").Raw(attributes).Raw("/>");
        MarkupSpill.IfFull(svg.Output, svg.Sink);
    }

    private static void AppendSmoothPath(StringBuilder path, TextWriter? sink, IReadOnlyList<(double X, double Y)> points)
    {
        var n = points.Count;
        var secants = new double[n - 1];
        for (var i = 0; i < n - 1; i++)
        {
            var dx = points[i + 1].X - points[i].X;
            secants[i] = dx > 0 ? (points[i + 1].Y - points[i].Y) / dx : 0;
        }

        var tangents = new double[n];
        tangents[0] = secants[0];
        tangents[n - 1] = secants[n - 2];
        for (var i = 1; i < n - 1; i++)
        {
            tangents[i] = secants[i - 1] * secants[i] <= 0 ? 0 : (secants[i - 1] + secants[i]) / 2;
        }

        for (var i = 0; i < n - 1; i++)
        {
            if (secants[i] == 0)
            {
                tangents[i] = 0;
                tangents[i + 1] = 0;
                continue;
            }

            var alpha = tangents[i] / secants[i];
            var beta = tangents[i + 1] / secants[i];
            var h = (alpha * alpha) + (beta * beta);
            if (h > 9)
            {
                var t = 3 / Math.Sqrt(h);
                tangents[i] = t * alpha * secants[i];
                tangents[i + 1] = t * beta * secants[i];
            }
        }

        path.Append(CultureInfo.InvariantCulture, $"M{SvgCanvas.Round(points[0].X):0.##} {SvgCanvas.Round(points[0].Y):0.##}");
        for (var i = 0; i < n - 1; i++)
        {
            var (x0, y0) = points[i];
            var (x1, y1) = points[i + 1];
            var third = (x1 - x0) / 3;
            path.Append(CultureInfo.InvariantCulture, $" C{SvgCanvas.Round(x0 + third):0.##} {SvgCanvas.Round(y0 + (tangents[i] * third)):0.##}")
                .Append(CultureInfo.InvariantCulture, $" {SvgCanvas.Round(x1 - third):0.##} {SvgCanvas.Round(y1 - (tangents[i + 1] * third)):0.##}")
                .Append(CultureInfo.InvariantCulture, $" {SvgCanvas.Round(x1):0.##} {SvgCanvas.Round(y1):0.##}");
            MarkupSpill.IfFull(path, sink);
        }
    }

    private static readonly string[] MarkerStyles = [.. Enumerable.Range(0, Palette.PersonaColourCount).Select(i => $"fill=\"{Palette.PersonaColour(i)}\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"")];

    /// <summary>Draws the persona's marker (circle, square, diamond, triangle, inverted triangle) centred at (x, y).</summary>
    public static void Marker(SvgCanvas svg, int index, double x, double y, double r)
    {
        // One style string per colour (the palette repeats), not one per marker.
        var style = MarkerStyles[index % MarkerStyles.Length];
        switch (Palette.PersonaMarker(index))
        {
            case 0:
                svg.Circle(x, y, r, style);
                break;
            case 1:
                svg.Rect(x - (r * 0.9), y - (r * 0.9), r * 1.8, r * 1.8, style);
                break;
            case 2:
                svg.PathOf(style, $"M{x} {y - (r * 1.25)}L{x + (r * 1.25)} {y}L{x} {y + (r * 1.25)}L{x - (r * 1.25)} {y}z");
                break;
            case 3:
                svg.PathOf(style, $"M{x} {y - (r * 1.2)}L{x + (r * 1.15)} {y + (r * 0.9)}L{x - (r * 1.15)} {y + (r * 0.9)}z");
                break;
            default:
                svg.PathOf(style, $"M{x} {y + (r * 1.2)}L{x + (r * 1.15)} {y - (r * 0.9)}L{x - (r * 1.15)} {y - (r * 0.9)}z");
                break;
        }
    }

    /// <summary>Draws the red ! badge of a pain point.</summary>
    public static void PainIcon(SvgCanvas svg, double cx, double cy)
    {
        svg.Circle(cx, cy, 7, $"fill=\"{Palette.Pain}\"");
        svg.Rect(cx - 1, cy - 4.2, 2, 5, "fill=\"#FFFFFF\"", 0.8);
        svg.Circle(cx, cy + 3, 1.1, "fill=\"#FFFFFF\"");
    }

    /// <summary>Draws the green star badge of a moment of delight.</summary>
    public static void DelightIcon(SvgCanvas svg, double cx, double cy)
    {
        svg.Circle(cx, cy, 7, $"fill=\"{Palette.Delight}\"");
        var star = svg.Output.Append("<path d=\"");
        for (var i = 0; i < 10; i++)
        {
            var angle = (-Math.PI / 2) + (i * Math.PI / 5);
            var radius = i % 2 == 0 ? 4.6 : 2;
            star.Append(i == 0 ? 'M' : 'L').Append(CultureInfo.InvariantCulture, $"{SvgCanvas.Round(cx + (radius * Math.Cos(angle))):0.##} {SvgCanvas.Round(cy + (radius * Math.Sin(angle))):0.##}");
        }

        svg.Raw("z\" fill=\"#FFFFFF\"/>");
    }

    /// <summary>Draws a smiling (mood &gt; 0), neutral (0) or frowning (mood &lt; 0) face on the emotion scale.</summary>
    public static void Face(SvgCanvas svg, double cx, double cy, int mood)
    {
        var colour = mood > 0 ? Palette.Delight : mood < 0 ? Palette.Pain : Palette.Muted;
        svg.Circle(cx, cy, 6.5, $"fill=\"#FFFFFF\" stroke=\"{colour}\" stroke-width=\"1.3\"");
        svg.Circle(cx - 2.2, cy - 1.6, 0.9, $"fill=\"{colour}\"");
        svg.Circle(cx + 2.2, cy - 1.6, 0.9, $"fill=\"{colour}\"");
        string N(double v) => SvgCanvas.Num(v);
        var mouth = mood > 0 ? $"M{N(cx - 3)} {N(cy + 1.4)}Q{N(cx)} {N(cy + 4.4)} {N(cx + 3)} {N(cy + 1.4)}"
            : mood < 0 ? $"M{N(cx - 3)} {N(cy + 3.6)}Q{N(cx)} {N(cy + 0.8)} {N(cx + 3)} {N(cy + 3.6)}"
            : $"M{N(cx - 2.8)} {N(cy + 2.4)}H{N(cx + 2.8)}";
        svg.Path(mouth, $"fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.3\" stroke-linecap=\"round\"");
    }

    /// <summary>The persona's <c>stroke-dasharray</c> attribute, or nothing for a solid line.</summary>
    public static string DashAttribute(int index)
    {
        var dash = Palette.PersonaDash(index);
        return dash.Length == 0 ? string.Empty : $" stroke-dasharray=\"{dash}\"";
    }
}
