using JourneyKit.Comparison;

namespace JourneyKit.Tests.Comparison;

public class DiffVerdictTests
{
    private static MetricChange Survey(bool significant, ChangeDirection direction) =>
        new(DiffScope.Journey, null, DiffMetric.Csat, 50, 60, 10, 2, 5, significant, direction);

    private static MetricChange Exact(ChangeDirection direction) =>
        new(DiffScope.Journey, null, DiffMetric.Score, 50, 60, 10, null, null, null, direction);

    private static JourneyDiffReport Report(params MetricChange[] metrics) =>
        new(DiffKind.Measured, metrics, StructuralDiff.Empty, [], []);

    [Fact]
    public void NoRows_IsNone() => Assert.Equal(DiffVerdict.None, Report().Verdict());

    [Fact]
    public void OnlyInsignificantSurveyMoves_AreNone() =>
        Assert.Equal(DiffVerdict.None, Report(Survey(false, ChangeDirection.Better), Survey(false, ChangeDirection.Worse)).Verdict());

    [Fact]
    public void ExactFigures_DoNotCount() =>
        Assert.Equal(DiffVerdict.None, Report(Exact(ChangeDirection.Better), Exact(ChangeDirection.Worse)).Verdict());

    [Fact]
    public void SignificantlyBetter_AndNoneWorse_IsBetter() =>
        Assert.Equal(
            DiffVerdict.Better,
            Report(Survey(true, ChangeDirection.Better), Survey(false, ChangeDirection.Worse), Exact(ChangeDirection.Worse)).Verdict());

    [Fact]
    public void SignificantlyWorse_AndNoneBetter_IsWorse() =>
        Assert.Equal(
            DiffVerdict.Worse,
            Report(Survey(true, ChangeDirection.Worse), Survey(false, ChangeDirection.Better), Exact(ChangeDirection.Better)).Verdict());

    [Fact]
    public void SignificantBothWays_IsMixed() =>
        Assert.Equal(DiffVerdict.Mixed, Report(Survey(true, ChangeDirection.Worse), Survey(true, ChangeDirection.Better)).Verdict());

    [Fact]
    public void SignificantButUnchanged_DoesNotCount() =>
        Assert.Equal(DiffVerdict.None, Report(Survey(true, ChangeDirection.Unchanged)).Verdict());

    private static MetricChange TouchpointRow(string id) =>
        new(DiffScope.Touchpoint, id, DiffMetric.PainPoints, 0, 0, 0, null, null, null, ChangeDirection.Unchanged);

    private static StructuralDiff Swapped(string removed, string added) =>
        new([new EntityReference(EntityKind.Touchpoint, added)], [new EntityReference(EntityKind.Touchpoint, removed)], [], []);

    [Fact]
    public void NoSharedTouchpoint_IsNotComparable_WhateverTheSurveyRowsSay()
    {
        // Touchpoint "a" removed, "b" added, nothing in both: the journey's significantly better CSAT compares different touchpoints.
        var report = new JourneyDiffReport(DiffKind.Measured, [Survey(true, ChangeDirection.Better)], Swapped("a", "b"), [], []);

        Assert.False(report.SharesTouchpoints());
        Assert.Equal(DiffVerdict.NotComparable, report.Verdict());
        // Read back from its JSON, the report still says so: sharing is read from the rows and the structure.
        Assert.Equal(DiffVerdict.NotComparable, DiffReportJson.Read(DiffReportJson.Write(report)).Verdict());
    }

    [Fact]
    public void OneSharedTouchpoint_IsComparable()
    {
        var report = new JourneyDiffReport(DiffKind.Measured, [Survey(true, ChangeDirection.Better), TouchpointRow("c")], Swapped("a", "b"), [], []);

        Assert.True(report.SharesTouchpoints());
        Assert.Equal(DiffVerdict.Better, report.Verdict());
    }

    [Fact]
    public void NoTouchpointOnEitherSide_IsComparable()
    {
        var report = new JourneyDiffReport(DiffKind.Measured, [Survey(true, ChangeDirection.Worse)], new([new EntityReference(EntityKind.Stage, "s2")], [], [], []), [], []);

        Assert.True(report.SharesTouchpoints());
        Assert.Equal(DiffVerdict.Worse, report.Verdict());
    }
}
