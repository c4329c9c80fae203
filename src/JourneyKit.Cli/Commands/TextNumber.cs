using System.Globalization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// How the text reports write a number: the invariant culture, never <c>-0</c> (a negative value
/// that rounds to zero is written without its sign) and never <c>NaN</c> or <c>Infinity</c>
/// (refused: the format's limits keep every figure finite, see docs/reliability.md).
/// </summary>
internal static class TextNumber
{
    /// <summary>Formats <paramref name="value"/> with a .NET number format such as <c>0.0</c>.</summary>
    /// <param name="value">A finite number.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">Thrown when <paramref name="value"/> is NaN or an infinity.</exception>
    public static string Format(double value, string format)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"A report figure is {value.ToString(CultureInfo.InvariantCulture)}; the text report writes only finite numbers.");
        }

        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text.Length > 1 && text[0] == '-' && IsZero(text.AsSpan(1)) ? text[1..] : text;
    }

    private static bool IsZero(ReadOnlySpan<char> digits) => !digits.ContainsAnyExcept("0.");
}
