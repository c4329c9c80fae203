using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyKit.Cli.Commands;

/// <summary>Reads <c>--window</c>: a whole number with d, h, m or s, or an ISO 8601 duration of weeks, days, hours, minutes and seconds.</summary>
internal static partial class WindowOption
{
    public static TimeSpan Parse(string text)
    {
        var value = text.Trim();
        TimeSpan? window = null;
        var simple = SimpleForm().Match(value);
        if (simple.Success)
        {
            if (long.TryParse(simple.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000_000)
            {
                window = simple.Groups[2].Value switch
                {
                    "d" => TimeSpan.FromDays(n),
                    "h" => TimeSpan.FromHours(n),
                    "m" => TimeSpan.FromMinutes(n),
                    _ => TimeSpan.FromSeconds(n),
                };
            }
        }
        else
        {
            var iso = IsoForm().Match(value);
            if (iso.Success && value != "P" && !value.EndsWith('T'))
            {
                double Part(int group) => iso.Groups[group].Success ? double.Parse(iso.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
                var seconds = (Part(1) * 7 * 86400) + (Part(2) * 86400) + (Part(3) * 3600) + (Part(4) * 60) + Part(5);
                if (seconds < TimeSpan.MaxValue.TotalSeconds / 2)
                {
                    window = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
                }
            }
        }

        if (window is not { } result || result <= TimeSpan.Zero)
        {
            throw new CliException(
                ExitCodes.Unreadable,
                $"--window: '{text}' is not a window longer than zero; give a whole number with d, h, m or s (7d, 36h, 90m, 45s) or an ISO 8601 duration of weeks, days, hours, minutes and seconds (P7D, PT36H), never years or months.");
        }

        return result;
    }

    [GeneratedRegex("^([0-9]+)([dhms])$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleForm();

    [GeneratedRegex(@"^P(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();
}
