using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class OutcomeOpportunitiesTests
{
    private static Outcome O(string id, double? importance, double? satisfaction) =>
        new() { Id = id, Statement = id, Importance = importance, Satisfaction = satisfaction };

    [Fact]
    public void Opportunity_AddsTheUnmetImportance()
    {
        Assert.Equal(8.4 + (8.4 - 3.9), OutcomeOpportunities.Opportunity(8.4, 3.9), 1e-12);
        Assert.Equal(6, OutcomeOpportunities.Opportunity(6, 9)); // no negative gap
    }

    [Theory]
    [InlineData(5, 0, OutcomeClassification.Underserved)]       // 5 + 5 = 10, at the threshold
    [InlineData(5, 0.1, OutcomeClassification.AppropriatelyServed)]
    [InlineData(5, 5.1, OutcomeClassification.Overserved)]
    [InlineData(5, 5, OutcomeClassification.AppropriatelyServed)]
    [InlineData(10, 10, OutcomeClassification.Underserved)]     // importance 10 alone reaches 10
    public void Classify(double importance, double satisfaction, OutcomeClassification expected) =>
        Assert.Equal(expected, OutcomeOpportunities.Classify(importance, satisfaction));

    [Fact]
    public void TopTwoBox_IsTheShareOf4sAnd5sTimes10()
    {
        Assert.Equal((3.0 + 5) / 20 * 10, OutcomeOpportunities.TopTwoBox([2, 4, 6, 3, 5]));
        Assert.Null(OutcomeOpportunities.TopTwoBox([0, 0, 0, 0, 0]));
    }

    [Fact]
    public void TopTwoBox_WrongCounts_Throw()
    {
        Assert.Contains("exactly 5", Assert.Throws<ArgumentException>("counts", () => OutcomeOpportunities.TopTwoBox([1, 2, 3])).Message, StringComparison.Ordinal);
        Assert.Contains("rating 2", Assert.Throws<ArgumentException>("counts", () => OutcomeOpportunities.TopTwoBox([1, -2, 3, 4, 5])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StatedNumberWinsOverResponses()
    {
        var outcome = O("o", 2, 1) with { ImportanceResponses = [0, 0, 0, 0, 10], SatisfactionResponses = [10, 0, 0, 0, 0] };
        var row = OutcomeOpportunities.Evaluate(outcome);
        Assert.Equal(2, row.Importance);
        Assert.Equal(1, row.Satisfaction);
        Assert.Equal(3, row.Opportunity);
    }

    [Fact]
    public void Evaluate_FromResponses()
    {
        var outcome = O("o", null, null) with { ImportanceResponses = [0, 0, 0, 1, 3], SatisfactionResponses = [1, 1, 1, 1, 0] };
        var row = OutcomeOpportunities.Evaluate(outcome);
        Assert.Equal(10, row.Importance);
        Assert.Equal(2.5, row.Satisfaction);
        Assert.Equal(17.5, row.Opportunity);
        Assert.Equal(OutcomeClassification.Underserved, row.Classification);
    }

    [Fact]
    public void Evaluate_MissingInput_HasNoOpportunity()
    {
        var row = OutcomeOpportunities.Evaluate(O("o", 5, null));
        Assert.Equal(5, row.Importance);
        Assert.Null(row.Opportunity);
        Assert.Null(row.Classification);
    }

    [Fact]
    public void Evaluate_UsesTheUnderservedThresholdOption()
    {
        var row = OutcomeOpportunities.Evaluate(O("o", 6, 4), new ScoringOptions { UnderservedThreshold = 8 });
        Assert.Equal(OutcomeClassification.Underserved, row.Classification); // 6 + 2 = 8
    }

    [Fact]
    public void Rank_ByOpportunityDescending_ThenId_AbsentLast()
    {
        var rows = OutcomeOpportunities.Rank([O("z", 5, 5), O("none", null, 1), O("b", 8, 3), O("a", 8, 3), O("m", 9, 9)]);
        Assert.Equal(["a", "b", "m", "z", "none"], rows.Select(r => r.OutcomeId));
    }
}
