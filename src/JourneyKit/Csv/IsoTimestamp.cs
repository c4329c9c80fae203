namespace JourneyKit.Csv;

/// <summary>
/// Reads ISO 8601 timestamps that carry an offset or <c>Z</c> and returns the instant as UTC ticks,
/// so that the same instant written in two offsets gives the same number.
/// </summary>
/// <remarks>
/// ISO 8601 only, in its extended form with a time and an offset: <c>yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:mm)</c>,
/// read directly from the bytes. A fraction may have any number of digits (one at least); beyond seven
/// (the tick) it is rounded half up on the eighth, as <see cref="DateTimeOffset.Parse(string, IFormatProvider?)"/>
/// rounds it. Nothing else is read: no culture-dependent or lenient form (<c>01/31/2026 12:00:00 +00:00</c>,
/// a space for the <c>T</c>, <c>24:00:00</c>, a leap second), so every accepted text means one instant
/// on every machine. A time without an offset is refused: which zone it meant is unknowable.
/// </remarks>
internal static class IsoTimestamp
{
    private const long TicksPerDay = TimeSpan.TicksPerDay;
    private const long MaxTicks = 3155378975999999999; // DateTime.MaxValue.Ticks

    private static ReadOnlySpan<int> DaysBeforeMonth => [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    private static ReadOnlySpan<int> DaysInMonth => [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Reads a timestamp from UTF-8 bytes.</summary>
    /// <returns><see langword="true"/> with the instant in UTC ticks, or <see langword="false"/> when it is not an ISO 8601 time with an offset.</returns>
    public static bool TryParseUtcTicks(ReadOnlySpan<byte> s, out long utcTicks) => TryParseFast(s, out utcTicks);

    private static bool TryParseFast(ReadOnlySpan<byte> s, out long utcTicks)
    {
        utcTicks = 0;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        var daysInMonth = DaysInMonth[month] + (leap && month == 2 ? 1 : 0);
        if (day < 1 || day > daysInMonth)
        {
            return false;
        }

        var p = 19;
        long fraction = 0;
        if (s[p] == '.')
        {
            p++;
            var digits = 0;
            while (p < s.Length && unchecked((uint)(s[p] - '0')) <= 9)
            {
                if (digits < 7)
                {
                    fraction = (fraction * 10) + (s[p] - '0');
                }
                else if (digits == 7 && s[p] >= '5')
                {
                    fraction++; // rounded half up on the eighth digit, as the framework does
                }

                digits++;
                p++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (; digits < 7; digits++)
            {
                fraction *= 10;
            }
        }

        long offsetTicks;
        if (p == s.Length - 1 && s[p] == 'Z')
        {
            offsetTicks = 0;
        }
        else if (p == s.Length - 6 && (s[p] == '+' || s[p] == '-') && s[p + 3] == ':'
            && Digits(s, p + 1, 2, out var offsetHours) && Digits(s, p + 4, 2, out var offsetMinutes)
            && offsetMinutes <= 59 && (offsetHours * 60) + offsetMinutes <= 14 * 60)
        {
            offsetTicks = ((offsetHours * 60L) + offsetMinutes) * TimeSpan.TicksPerMinute;
            if (s[p] == '-')
            {
                offsetTicks = -offsetTicks;
            }
        }
        else
        {
            return false;
        }

        var y = year - 1;
        var days = (y * 365L) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month] + (leap && month > 2 ? 1 : 0) + day - 1;
        var local = (days * TicksPerDay) + (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fraction;
        var utc = local - offsetTicks;
        if (utc < 0 || utc > MaxTicks)
        {
            return false; // before 0001-01-01T00:00:00Z or after 9999-12-31T23:59:59.9999999Z
        }

        utcTicks = utc;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = unchecked((uint)(s[i] - '0'));
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + (int)d;
        }

        return true;
    }
}
