using System.Globalization;

namespace JourneyKit.Cli.Commands;

/// <summary>The size limits of the command line (<c>--max-line-bytes</c>, <c>--max-map-bytes</c>): a whole number of bytes with an optional <c>KiB</c>, <c>MiB</c> or <c>GiB</c>.</summary>
internal static class ByteSize
{
    /// <summary>Reads <paramref name="text"/> as a size from 1 byte to <paramref name="largest"/>.</summary>
    /// <returns>Whether it is one; then <paramref name="bytes"/> holds it.</returns>
    public static bool TryParse(string text, long largest, out int bytes)
    {
        var value = text.Trim();
        var unit = 1L;
        foreach (var (suffix, shift) in new[] { ("GiB", 30), ("MiB", 20), ("KiB", 10) })
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = 1L << shift;
                value = value[..^3].TrimEnd();
                break;
            }
        }

        var ok = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= largest / unit && n * unit <= int.MaxValue;
        bytes = ok ? (int)(n * unit) : 0;
        return ok;
    }
}
