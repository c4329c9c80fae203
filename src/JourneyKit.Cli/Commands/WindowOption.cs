using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyKit.Cli.Commands;

/// <summary>Reads <c>--window</c>: a whole number with d, h, m or s, or an ISO 8601 duration of weeks, days, hours, minutes and seconds.</summary>
internal static partial class WindowOption
{
    /// <summary>
    /// The longest window: 3,652,059 days, the whole range of timestamps (0001-01-01 to 9999-12-31), so a longer one would
    /// change nothing (and 10,675,200 days is past what a <see cref="TimeSpan"/> holds).
    /// </summary>
    public const long MaxDays = 3_652_059;

    public static TimeSpan Parse(string text)
    {
        var value = text.Trim();
        double? seconds = null;
        var simple = SimpleForm().Match(value);
        if (simple.Success)
        {
            // Digits too many for a long are a window far too long, not a malformed one.
            var n = double.Parse(simple.Groups[1].Value, CultureInfo.InvariantCulture);
            seconds = n * simple.Groups[2].Value switch { "d" => 86400, "h" => 3600, "m" => 60, _ => 1 };
        }
        else
        {
            var iso = IsoForm().Match(value);
            if (iso.Success && value != "P" && !value.EndsWith('T'))
            {
                double Part(int group) => iso.Groups[group].Success ? double.Parse(iso.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
                seconds = (Part(1) * 7 * 86400) + (Part(2) * 86400) + (Part(3) * 3600) + (Part(4) * 60) + Part(5);
            }
        }

        if (seconds > MaxDays * 86400.0)
        {
            throw new CliException(
                ExitCodes.Unreadable,
                string.Create(CultureInfo.InvariantCulture, $"--window: '{text}' is longer than {MaxDays:N0} days, the whole range of timestamps (a longer window would change nothing); give a shorter window, or leave --window out for none."));
        }

        var ticks = seconds is { } s ? (long)Math.Round(s * TimeSpan.TicksPerSecond) : 0;
        if (ticks <= 0)
        {
            throw new CliException(
                ExitCodes.Unreadable,
                $"--window: '{text}' is not a window longer than zero; give a whole number with d, h, m or s (7d, 36h, 90m, 45s) or an ISO 8601 duration of weeks, days, hours, minutes and seconds (P7D, PT36H), never years or months.");
        }

        return TimeSpan.FromTicks(ticks);
    }

    [GeneratedRegex("^([0-9]+)([dhms])$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleForm();

    [GeneratedRegex(@"^P(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();
}
