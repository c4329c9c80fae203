using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class SvgShapesProperties
{
    /// <summary>
    /// Points left to right, y anywhere in 0..100 (the emotion band), often equal or alternating (the cases where a
    /// plain spline overshoots).
    /// </summary>
    private static readonly Gen<List<(double X, double Y)>> Points =
        from n in Gen.Choose(2, 14)
        from steps in Gen.ArrayOf(Gen.Choose(1, 80), n)
        from ys in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 100)), (1, Gen.Elements(0, 100)), (1, Gen.Constant(50))), n)
        select steps.Select((s, i) => (X: (double)steps.Take(i + 1).Sum(), Y: (double)ys[i])).ToList();

    [Fact]
    public void SmoothPath_NeverLeavesTheRangeOfTheTwoPointsItJoins()
    {
        // A cubic Bézier lies in the convex hull of its control points: when both inner control points of every
        // segment lie between the segment's end values, the curve never swings beyond the stated emotions, so never
        // leaves the −3..+3 band.
        Prop.ForAll(Points.ToArbitrary(), points =>
        {
            var path = SvgShapes.SmoothPath(points);
            var segments = path.Split(" C");
            Assert.Equal(points.Count, segments.Length);
            for (var i = 1; i < segments.Length; i++)
            {
                var numbers = segments[i].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                var (y0, y1) = (points[i - 1].Y, points[i].Y);
                var (low, high) = (Math.Min(y0, y1) - 0.01, Math.Max(y0, y1) + 0.01);
                Assert.InRange(numbers[1], low, high);
                Assert.InRange(numbers[3], low, high);
                Assert.Equal(points[i].Y, numbers[5], 2);
            }
        }).QuickCheckThrowOnFailure();
    }
}
