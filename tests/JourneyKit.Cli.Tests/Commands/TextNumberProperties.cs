using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Cli.Commands;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// The text reports' helpers write every figure by the rule of docs/rendering.md (the one the rendered reports follow,
/// through the same ReportText): one minus sign (ASCII), never <c>-0</c> or <c>+0</c>, and the value rounded half
/// away from zero to the decimals of its kind.
/// </summary>
public sealed partial class TextNumberProperties
{
    /// <summary>Finite doubles from tiny to 10¹⁵ (the format's limit), with many near zero and at rounding midpoints.</summary>
    private static Arbitrary<double> Figures() => Gen.OneOf(
        Gen.Choose(-1_000_000, 1_000_000).Select(static n => n / 1000.0),             // three decimals: midpoints such as 2.45, 0.005
        Gen.Choose(-100, 100).Select(static n => n / 100_000.0),                     // near zero, both signs
        Gen.Choose(-15, 15).SelectMany(static e => Gen.Choose(-9999, 9999).Select(m => m * Math.Pow(10, e - 4))),
        Gen.Elements(0.0, -0.0, 0.05, -0.05, 0.005, -0.005, 1e15, -1e15)).ToArbitrary();

    [Fact]
    public void EveryHelper_IsTheRenderedReportsRule_WithOneMinusAndNoSignedZero()
    {
        Prop.ForAll(Figures(), Gen.Choose(0, 2).ToArbitrary(), (value, decimals) =>
        {
            var texts = new[]
            {
                (TextNumber.Number(value, decimals), Number(value, decimals)),
                (TextNumber.Delta(value, decimals), Delta(value, decimals)),
                (TextNumber.Signed(value), Delta(value, 2)),
                (TextNumber.Percent(value / 100), Number(value / 100 * 100, 1) + " %"),
                (TextNumber.Points(value / 100), Delta(value / 100 * 100, 1) + " pp"),
                (TextNumber.Minutes(Math.Abs(value)), Minutes(Math.Abs(value))),
                (TextNumber.SignedMinutes(value), Minutes(Math.Abs(value)) is var m && m.StartsWith("0 ", StringComparison.Ordinal) ? m : (value > 0 ? "+" : "-") + m),
            };
            foreach (var (text, expected) in texts)
            {
                Assert.Equal(expected, text);
                Assert.DoesNotContain('\u2212', text);
                Assert.DoesNotMatch(SignedZero(), text);
                Assert.DoesNotContain("E", text, StringComparison.Ordinal); // never exponent notation
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Delta_ReadsBackAsTheValueRoundedHalfAwayFromZero()
    {
        Prop.ForAll(Figures(), Gen.Choose(0, 2).ToArbitrary(), (value, decimals) =>
        {
            var text = TextNumber.Delta(value, decimals);
            var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            Assert.Equal(rounded == 0 ? 0 : rounded, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            Assert.Equal(rounded > 0, text.StartsWith('+'));
            Assert.Equal(rounded < 0, text.StartsWith('-'));
            var fraction = text.IndexOf('.', StringComparison.Ordinal);
            Assert.True(fraction < 0 || (text.Length - fraction - 1 <= decimals && !text.EndsWith('0')), text); // trailing zeros dropped
        }).QuickCheckThrowOnFailure();
    }

    // The rule of docs/rendering.md, written out literally: rounded half away from zero, trailing zeros dropped, no signed zero.
    private static string Number(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    private static string Delta(double value, int decimals)
    {
        var magnitude = Number(Math.Abs(value), decimals);
        return magnitude == "0" ? "0" : (value > 0 ? "+" : "-") + magnitude;
    }

    private static string Minutes(double minutes) =>
        minutes >= 2880 ? Number(minutes / 1440, 1) + " d" : minutes >= 120 ? Number(minutes / 60, 1) + " h" : Number(minutes, 1) + " min";

    [GeneratedRegex(@"(?<![\w.])[-+]0(\.0+)?(?![.\d])")]
    internal static partial Regex SignedZero();
}
