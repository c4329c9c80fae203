using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class BacklogRankerTests
{
    private static Opportunity O(string id, double? reach, double? impact, double? confidence, double? effort, OpportunityStatus status = OpportunityStatus.Idea) =>
        new() { Id = id, Title = id, Reach = reach, Impact = impact, Confidence = confidence, Effort = effort, Status = status };

    [Fact]
    public void Rice_IsReachTimesImpactTimesConfidenceOverEffort()
    {
        Assert.Equal(12000 * 2 * 0.8 / 3, BacklogRanker.Rice(O("a", 12000, 2, 0.8, 3))!.Value, 1e-9);
        Assert.Null(BacklogRanker.Rice(O("a", 12000, 2, null, 3)));
        Assert.Null(BacklogRanker.Rice(O("a", 12000, 2, 0.8, 0)));
    }

    [Fact]
    public void Rank_LeavesOutDoneDroppedAndIncomplete()
    {
        var backlog = BacklogRanker.Rank(
        [
            O("done", 10, 1, 1, 1, OpportunityStatus.Done),
            O("dropped", 10, 1, 1, 1, OpportunityStatus.Dropped),
            O("no-reach", null, 1, 1, 1),
            O("kept", 10, 1, 1, 1, OpportunityStatus.InProgress),
        ]);

        var item = Assert.Single(backlog);
        Assert.Equal("kept", item.OpportunityId);
        Assert.Equal(10, item.Rice);
        Assert.Equal(1, item.Rank);
    }

    [Fact]
    public void Rank_TiesTakeConsecutiveRanksInIdOrder()
    {
        var backlog = BacklogRanker.Rank([O("c", 10, 1, 1, 1), O("a", 20, 1, 1, 2), O("top", 100, 1, 1, 1), O("b", 5, 2, 1, 1)]);

        Assert.Equal(["top", "a", "b", "c"], backlog.Select(b => b.OpportunityId));
        Assert.Equal([1, 2, 3, 4], backlog.Select(b => b.Rank));
    }
}
