using System.Globalization;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// The frame of the analytics and monitoring pages: the same rules as the map's HTML report (one file, no
/// script, nothing loaded, a Content-Security-Policy that forbids loading anything, markup that is also
/// well-formed XML), its style sheet and header band, and the few chart styles the report pages add.
/// </summary>
internal static class ReportPage
{
    /// <summary>The SVG font stack (the page's, for text drawn inside charts).</summary>
    public const string Font = "Segoe UI, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif";

    /// <summary>Chart styles of the report pages, free of <c>&lt;</c> and <c>&amp;</c> like <see cref="HtmlStyles.Css"/>.</summary>
    private const string ChartCss = """
.chart-scroll { overflow-x: auto; }
.chart-scroll svg { display: block; }
.multiples { display: flex; flex-wrap: wrap; gap: 14px; }
.multiples figure { margin: 0; border: 1px solid var(--rule); border-radius: 8px; padding: 6px 8px 4px; background: #FFFFFF; }
.multiples figure.alerted { border-color: var(--pain); }
.multiples figcaption { font-size: 12.5px; font-weight: 700; max-width: 300px; overflow-wrap: anywhere; }
.multiples figcaption .sub { font-weight: 400; }
.alerts { list-style: none; margin: 0; padding: 0; }
.alerts li { padding: 6px 0; border-bottom: 1px solid var(--rule); }
.alerts li:last-child { border-bottom: 0; }
.legend { list-style: none; margin: 0 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12.5px; }
.legend li { overflow-wrap: anywhere; max-width: 360px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.swatch.s0 { background: #0072B2; } .swatch.s1 { background: #D55E00; } .swatch.s2 { background: #009E73; } .swatch.s3 { background: #CC79A7; }
.swatch.s4 { background: #E69F00; } .swatch.s5 { background: #56B4E9; } .swatch.s6 { background: #6B4C9A; } .swatch.s7 { background: #3D3D3D; }
@media print { .multiples figure { break-inside: avoid; } }
""";

    /// <summary>Opens the document: head, style, the header band with its kicker, title, lead and tiles, and <c>&lt;main&gt;</c>.</summary>
    public static void Open(StringBuilder html, string kicker, string title, string? lead, IEnumerable<(string Label, string Value, string? Class)> tiles)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
            .Append("<meta charset=\"utf-8\" />\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlReportWriter.ContentSecurityPolicy).Append("\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<meta name=\"generator\" content=\"JourneyKit\" />\n")
            .Append("<title>").Append(E(title)).Append(" \u2013 ").Append(E(kicker.ToLowerInvariant())).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Css).Append(ChartCss).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"page\"><div class=\"inner\">\n<div class=\"kicker\">").Append(E(kicker)).Append("</div>\n<h1>").Append(E(title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(lead))
        {
            html.Append("<p>").Append(E(lead)).Append("</p>\n");
        }

        html.Append("<ul class=\"tiles\">\n");
        foreach (var (label, value, cls) in tiles)
        {
            html.Append("<li><span class=\"label\">").Append(E(label)).Append("</span><span class=\"value")
                .Append(cls is null ? string.Empty : " " + cls).Append("\">").Append(E(value)).Append("</span></li>\n");
        }

        html.Append("</ul>\n</div></header>\n<main>\n");
    }

    /// <summary>Closes <c>&lt;main&gt;</c> and the document with a footer naming the map.</summary>
    public static void Close(StringBuilder html, string mapId, string what) =>
        html.Append("<footer>").Append(E(what)).Append(" of map <code>").Append(E(mapId)).Append("</code> \u00B7 drawn by JourneyKit</footer>\n</main>\n</body>\n</html>\n");

    /// <summary>Opens an inline <c>&lt;svg&gt;</c> chart of the given class and size, with an accessible title.</summary>
    public static void OpenSvg(SvgCanvas svg, string cls, double width, double height, string title)
    {
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {cls}\" width=\"{SvgCanvas.Num(width)}\" height=\"{SvgCanvas.Num(height)}\" viewBox=\"0 0 {SvgCanvas.Num(width)} {SvgCanvas.Num(height)}\" role=\"img\" font-family=\"{Font}\" font-size=\"12\" fill=\"{Palette.Ink}\">");
        svg.Title(title);
    }

    /// <summary>Escapes user text for the page.</summary>
    public static string E(string? text) => MarkupText.Escape(text);

    /// <summary>A count with thousands separators: <c>1,844,225</c>.</summary>
    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A p-value to four decimals, "&lt; 0.0001" below that: <c>= 0.0312</c>, <c>&lt; 0.0001</c>.</summary>
    internal static string PValue(double? p) => p switch
    {
        null => "\u2013",
        < 0.0001 => ReportText.PValue(p.Value),
        _ => "= " + ReportText.PValue(p.Value),
    };
}
