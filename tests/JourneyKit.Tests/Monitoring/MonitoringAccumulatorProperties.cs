using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Monitoring;
using static JourneyKit.Tests.Monitoring.MonitoringTestData;

namespace JourneyKit.Tests.Monitoring;

public class MonitoringAccumulatorProperties
{
    private static readonly string[] Touchpoints = ["cart", "payment", "support", "unknown"];

    private static Arbitrary<SurveyAnswer[]> Answers()
    {
        var answer =
            from touchpoint in Gen.Elements(Touchpoints)
            from metric in Gen.Elements(SurveyMetric.Nps, SurveyMetric.Csat, SurveyMetric.Ces)
            from rating in Gen.Choose(SurveyAnswer.MinRating(metric), SurveyAnswer.MaxRating(metric))
            from minutes in Gen.Choose(0, 60 * 24 * 90)
            select new SurveyAnswer(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes), touchpoint, metric, rating);
        return answer.ArrayOf().ToArbitrary();
    }

    [Fact]
    public void AnySplit_Merged_EqualsOnePass()
    {
        var period = Gen.Elements(MonitoringPeriod.Day, MonitoringPeriod.Week, MonitoringPeriod.Month).ToArbitrary();
        Prop.ForAll(Answers(), period, Gen.Choose(0, 1000).ToArbitrary(), (answers, p, cutPermille) =>
        {
            var options = new MonitoringOptions { Period = p };
            var cut = answers.Length * cutPermille / 1000;
            var one = new MonitoringAccumulator(Map(), options);
            one.AddRange(answers);
            var left = new MonitoringAccumulator(Map(), options);
            left.AddRange(answers[..cut]);
            var right = new MonitoringAccumulator(Map(), options);
            right.AddRange(answers[cut..]);
            right.Merge(left);
            return one.ToReport() == right.ToReport();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void PointsN_SumToTheScopesAnswers()
    {
        Prop.ForAll(Answers(), answers =>
        {
            var report = SurveyMonitor.Report(Map(), answers);
            var known = answers.Where(a => a.TouchpointId != "unknown").ToList();
            return report.Series.All(s =>
            {
                var scoped = s.Scope switch
                {
                    MonitoringScope.Touchpoint => known.Where(a => a.TouchpointId == s.Id),
                    MonitoringScope.Stage => known.Where(a => s.Id == "buy" ? a.TouchpointId is "cart" or "payment" : a.TouchpointId == "support"),
                    _ => known,
                };
                return s.Points.Sum(pt => pt.N) == scoped.Count(a => a.Metric == s.Metric);
            }) && report.Answers == answers.Length;
        }).QuickCheckThrowOnFailure();
    }
}
