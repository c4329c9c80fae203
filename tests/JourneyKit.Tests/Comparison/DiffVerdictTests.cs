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
}
