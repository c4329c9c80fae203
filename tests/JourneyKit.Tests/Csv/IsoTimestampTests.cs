using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Csv;

namespace JourneyKit.Tests.Csv;

public class IsoTimestampTests
{
    [Theory]
    [InlineData("2026-01-31T12:34:56Z", "2026-01-31T12:34:56Z")]
    [InlineData("2026-01-31T14:34:56+02:00", "2026-01-31T12:34:56Z")]
    [InlineData("2026-01-31T07:34:56-05:00", "2026-01-31T12:34:56Z")]
    [InlineData("2026-01-31T18:04:56.5+05:30", "2026-01-31T12:34:56.5Z")]
    [InlineData("2026-01-31T12:34:56.1234567Z", "2026-01-31T12:34:56.1234567Z")]
    [InlineData("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z")]
    [InlineData("2026-01-01T00:30:00+01:00", "2025-12-31T23:30:00Z")]
    [InlineData("2026-01-31T12:34:56.123456789Z", "2026-01-31T12:34:56.1234568Z")] // more than 7 digits: rounded half up, as the framework does
    [InlineData("2026-01-31T12:34:56.12345674Z", "2026-01-31T12:34:56.1234567Z")]
    [InlineData("2026-01-31T23:59:59.99999995Z", "2026-02-01T00:00:00Z")] // the rounding carries into the next day
    public void TryParseUtcTicks_ReadsTheInstant(string text, string utc)
    {
        Assert.True(IsoTimestamp.TryParseUtcTicks(Encoding.UTF8.GetBytes(text), out var ticks));
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture).UtcTicks, ticks);
    }

    [Theory]
    [InlineData("2026-01-31T12:34:56")] // no offset: which zone is unknowable
    [InlineData("2026-02-29T00:00:00Z")] // not a leap year
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-01-31T24:00:00Z")]
    [InlineData("2026-01-31T12:34:56+15:00")]
    [InlineData("31/01/2026 12:34")]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("0001-01-01T00:00:00+01:00")] // before the first representable instant in UTC
    [InlineData("01/31/2026 12:00:00 +00:00")] // the framework's invariant culture reads it; ISO 8601 does not
    [InlineData("2026-01-31 12:34:56Z")] // a space for the T
    [InlineData("2026-01-31T12:34:56.Z")] // a point without digits
    [InlineData("2026-01-31T12:34Z")] // no seconds
    [InlineData("2026-01-31T12:34:56+0200")] // an offset without its colon
    [InlineData("2026-01-31T12:34:60Z")] // a leap second
    [InlineData("Sat, 31 Jan 2026 12:34:56 GMT")]
    public void TryParseUtcTicks_RefusesWhatIsNotAnInstant(string text)
    {
        Assert.False(IsoTimestamp.TryParseUtcTicks(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void TryParseUtcTicks_AgreesWithDateTimeOffsetParse()
    {
        var gen =
            from ticks in Gen.Choose(0, int.MaxValue).Select(i => DateTime.UnixEpoch.Ticks + ((long)i * 37 * TimeSpan.TicksPerSecond) + (i % 9_999_999))
            from offsetMinutes in Gen.Choose(-14 * 60, 14 * 60)
            from digits in Gen.Choose(0, 9)
            from zulu in Gen.Elements(true, false)
            select Format(new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(zulu ? 0 : offsetMinutes)), digits, zulu);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var parsed = IsoTimestamp.TryParseUtcTicks(Encoding.UTF8.GetBytes(text), out var ticks);
            return parsed && ticks == DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcTicks;
        }));
    }

    [Fact]
    public void TryParseUtcTicks_OnMutatedText_NeverDisagreesWithTheFramework()
    {
        // One character replaced: the fast path must refuse or agree, never invent an instant.
        var gen =
            from seconds in Gen.Choose(0, int.MaxValue)
            from position in Gen.Choose(0, 31)
            from replacement in Gen.Elements("0123456789+-:.TZ tz/"u8.ToArray())
            select Mutate(Format(DateTimeOffset.UnixEpoch.AddSeconds(seconds).ToOffset(TimeSpan.FromHours(2)), 4, zulu: false), position, (char)replacement);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var ours = IsoTimestamp.TryParseUtcTicks(Encoding.UTF8.GetBytes(text), out var ticks);
            var framework = Framework(text, out var expected);

            // Ours reads ISO 8601 only: what it reads, the framework reads to the same instant; what the
            // framework reads in the ISO 8601 shape, ours reads too.
            return (!ours || (framework && ticks == expected)) && (!framework || !IsoShape.IsMatch(text) || ours);
        }));
    }

    private static readonly System.Text.RegularExpressions.Regex IsoShape =
        new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The framework's reading, limited to times that state an offset or Z (the oracle).</summary>
    private static bool Framework(string s, out long utcTicks)
    {
        utcTicks = 0;
        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var dateTime)
            || dateTime.Kind == DateTimeKind.Unspecified
            || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return false;
        }

        utcTicks = instant.UtcTicks;
        return true;
    }

    private static string Format(DateTimeOffset value, int digits, bool zulu)
    {
        var fraction = digits == 0 ? "" : "." + value.ToString("fffffff", CultureInfo.InvariantCulture).PadRight(9, '3')[..digits];
        var offset = zulu ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture);
        return value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + fraction + offset;
    }

    private static string Mutate(string text, int position, char replacement) =>
        position >= text.Length ? text + replacement : string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1));
}
