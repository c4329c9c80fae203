using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes SVG elements into a <see cref="StringBuilder"/>. Attribute names and numbers come from the
/// renderers; user text enters only through <see cref="Text"/> and <see cref="Title(string)"/>, escaped by
/// <see cref="MarkupText"/>, and never into an attribute that a browser follows (<c>href</c>, <c>style</c>, events).
/// With a <c>sink</c>, the builder is written out to it and emptied whenever it grows past
/// <see cref="MarkupSpill.Threshold"/> at the end of an element (see <see cref="MarkupSpill"/>).
/// </summary>
internal sealed class SvgCanvas(StringBuilder output, TextWriter? sink = null)
{
    /// <summary>The text written so far (since it was last spilled to the sink).</summary>
    public StringBuilder Output { get; } = output;

    /// <summary>Where the text goes when the builder is full, or <see langword="null"/> to keep it all in the builder.</summary>
    public TextWriter? Sink { get; } = sink;

    /// <summary>Spills the builder to the sink when it is full.</summary>
    private SvgCanvas Spilled()
    {
        MarkupSpill.IfFull(Output, Sink);
        return this;
    }

    /// <summary>Formats a coordinate: invariant culture, at most two decimals, never <c>-0</c>.</summary>
    public static string Num(double value)
    {
        var rounded = double.IsFinite(value) ? Math.Round(value, 2) : 0;
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture); // no "-0"
    }

    /// <summary>A coordinate rounded as <see cref="Num"/> writes it; formatted straight into the output (no string per number).</summary>
    public static double Round(double value)
    {
        var rounded = double.IsFinite(value) ? Math.Round(value, 2) : 0;
        return rounded == 0 ? 0 : rounded; // no "-0"
    }

    /// <summary>Writes raw markup that the renderer itself composed (never user text).</summary>
    public SvgCanvas Raw(string markup)
    {
        Output.Append(markup);
        return this;
    }

    /// <summary>Opens a group with the given (renderer-made) attributes.</summary>
    public SvgCanvas OpenGroup(string attributes = "")
    {
        Output.Append("<g");
        if (attributes.Length > 0)
        {
            Output.Append(' ').Append(attributes);
        }

        Output.Append('>');
        return this;
    }

    /// <summary>Closes the innermost group.</summary>
    public SvgCanvas CloseGroup()
    {
        Output.Append("</g>");
        return Spilled();
    }

    /// <summary>Writes a <c>&lt;title&gt;</c> (the tooltip and accessible name of its parent) with escaped text.</summary>
    public SvgCanvas Title(string text)
    {
        Output.Append("<title>");
        MarkupText.Append(Output, text);
        Output.Append("</title>");
        return this;
    }

    /// <summary>
    /// Writes a <c>&lt;title&gt;</c> composed in place: <c>Title($"{name} at {number}")</c> escapes each literal and each
    /// value straight into the output, the same characters as <see cref="Title(string)"/> of the whole string, without it.
    /// </summary>
    public SvgCanvas Title([InterpolatedStringHandlerArgument("")] ref EscapedText text)
    {
        _ = text;
        Output.Append("</title>");
        return this;
    }

    /// <summary>Opens a <c>&lt;title&gt;</c> whose text the caller then writes with <see cref="Escaped(string)"/>.</summary>
    public SvgCanvas OpenTitle()
    {
        Output.Append("<title>");
        return this;
    }

    /// <summary>Writes escaped text (inside an element opened with <see cref="OpenTitle"/>).</summary>
    public SvgCanvas Escaped(string? text)
    {
        MarkupText.Append(Output, text);
        return this;
    }

    /// <summary>Writes a number inside an element opened with <see cref="OpenTitle"/>, as <see cref="StringBuilder.Append(int)"/> does.</summary>
    public SvgCanvas Escaped(int number)
    {
        Output.Append(number);
        return this;
    }

    /// <summary>Closes the element opened with <see cref="OpenTitle"/>.</summary>
    public SvgCanvas CloseTitle()
    {
        Output.Append("</title>");
        return this;
    }

    /// <summary>
    /// Writes a path whose data is composed in place: <c>PathOf(attributes, $"M{x} {y}h4")</c> writes each number as
    /// <see cref="Num"/> formats it, the same characters as <see cref="Path"/> with the composed string, without it.
    /// </summary>
    public SvgCanvas PathOf(string attributes, [InterpolatedStringHandlerArgument("")] ref PathData data)
    {
        _ = data;
        Output.Append("\" ").Append(attributes).Append("/>");
        return Spilled();
    }

    /// <summary>Writes a rectangle.</summary>
    public SvgCanvas Rect(double x, double y, double width, double height, string attributes, double radius = 0)
    {
        Output.Append("<rect x=\"").Append(CultureInfo.InvariantCulture, $"{Round(x):0.##}").Append("\" y=\"").Append(CultureInfo.InvariantCulture, $"{Round(y):0.##}")
            .Append("\" width=\"").Append(CultureInfo.InvariantCulture, $"{Round(Math.Max(0, width)):0.##}").Append("\" height=\"").Append(CultureInfo.InvariantCulture, $"{Round(Math.Max(0, height)):0.##}").Append('"');
        if (radius > 0)
        {
            Output.Append(" rx=\"").Append(CultureInfo.InvariantCulture, $"{Round(radius):0.##}").Append('"');
        }

        Output.Append(' ').Append(attributes).Append("/>");
        return Spilled();
    }

    /// <summary>Writes a circle.</summary>
    public SvgCanvas Circle(double cx, double cy, double r, string attributes)
    {
        Output.Append("<circle cx=\"").Append(CultureInfo.InvariantCulture, $"{Round(cx):0.##}").Append("\" cy=\"").Append(CultureInfo.InvariantCulture, $"{Round(cy):0.##}")
            .Append("\" r=\"").Append(CultureInfo.InvariantCulture, $"{Round(r):0.##}").Append("\" ").Append(attributes).Append("/>");
        return Spilled();
    }

    /// <summary>Writes a line.</summary>
    public SvgCanvas Line(double x1, double y1, double x2, double y2, string attributes)
    {
        Output.Append("<line x1=\"").Append(CultureInfo.InvariantCulture, $"{Round(x1):0.##}").Append("\" y1=\"").Append(CultureInfo.InvariantCulture, $"{Round(y1):0.##}")
            .Append("\" x2=\"").Append(CultureInfo.InvariantCulture, $"{Round(x2):0.##}").Append("\" y2=\"").Append(CultureInfo.InvariantCulture, $"{Round(y2):0.##}").Append("\" ").Append(attributes).Append("/>");
        return Spilled();
    }

    /// <summary>Writes a path with renderer-made path data.</summary>
    public SvgCanvas Path(string data, string attributes)
    {
        Output.Append("<path d=\"").Append(data).Append("\" ").Append(attributes).Append("/>");
        return Spilled();
    }

    /// <summary>Writes a text element whose content is escaped user (or renderer) text.</summary>
    public SvgCanvas Text(double x, double y, string text, string attributes)
    {
        Output.Append("<text x=\"").Append(CultureInfo.InvariantCulture, $"{Round(x):0.##}").Append("\" y=\"").Append(CultureInfo.InvariantCulture, $"{Round(y):0.##}").Append("\" ").Append(attributes).Append('>');
        MarkupText.Append(Output, text);
        Output.Append("</text>");
        return Spilled();
    }

    /// <summary>Places a symbol from the map's defs (a fixed, renderer-made id).</summary>
    public SvgCanvas Use(string symbolId, double x, double y, double size, string attributes)
    {
        Output.Append("<use href=\"#").Append(symbolId).Append("\" x=\"").Append(CultureInfo.InvariantCulture, $"{Round(x):0.##}").Append("\" y=\"").Append(CultureInfo.InvariantCulture, $"{Round(y):0.##}")
            .Append("\" width=\"").Append(CultureInfo.InvariantCulture, $"{Round(size):0.##}").Append("\" height=\"").Append(CultureInfo.InvariantCulture, $"{Round(size):0.##}").Append("\" ").Append(attributes).Append("/>");
        return Spilled();
    }
}

/// <summary>Escapes the parts of an interpolated <c>&lt;title&gt;</c> straight into the canvas (see <see cref="SvgCanvas.Title(ref EscapedText)"/>).</summary>
[InterpolatedStringHandler]
internal readonly ref struct EscapedText
{
    private readonly StringBuilder _output;

    /// <summary>Opens the title.</summary>
    public EscapedText(int literalLength, int formattedCount, SvgCanvas canvas)
    {
        _ = literalLength;
        _ = formattedCount;
        _output = canvas.Output.Append("<title>");
    }

    /// <summary>Escapes a literal part.</summary>
    public void AppendLiteral(string value) => MarkupText.Append(_output, value);

    /// <summary>Escapes a string part.</summary>
    public void AppendFormatted(string? value) => MarkupText.Append(_output, value);

    /// <summary>Writes a whole number as string interpolation would (digits, current culture's sign).</summary>
    public void AppendFormatted(int value) => _output.Append(value);

    /// <summary>Escapes any other part as string interpolation would format it.</summary>
    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Escapes any other part with a format (<c>{at:yyyy-MM-dd}</c>) as string interpolation would format it.</summary>
    public void AppendFormatted<T>(T value, string? format) =>
        MarkupText.Append(_output, value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString());
}

/// <summary>Writes the parts of an interpolated path's data straight into the canvas, numbers as <see cref="SvgCanvas.Num"/> formats them.</summary>
[InterpolatedStringHandler]
internal readonly ref struct PathData
{
    private readonly StringBuilder _output;

    /// <summary>Opens the path element and its data attribute.</summary>
    public PathData(int literalLength, int formattedCount, SvgCanvas canvas)
    {
        _ = literalLength;
        _ = formattedCount;
        _output = canvas.Output.Append("<path d=\"");
    }

    /// <summary>Writes a literal part.</summary>
    public void AppendLiteral(string value) => _output.Append(value);

    /// <summary>Writes a coordinate as <see cref="SvgCanvas.Num"/> formats it.</summary>
    public void AppendFormatted(double value) => _output.Append(CultureInfo.InvariantCulture, $"{SvgCanvas.Round(value):0.##}");
}
