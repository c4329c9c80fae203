using JourneyKit.Model;
using JourneyKit.Monitoring;

namespace JourneyKit.Tests.Monitoring;

internal static class MonitoringTestData
{
    /// <summary>Stage buy (cart, payment), stage after (support); one play: ces on payment &gt; 5.</summary>
    public static JourneyMap Map() => new()
    {
        Id = "shop",
        Name = "Shop",
        Stages =
        [
            new Stage { Id = "buy", Name = "Buy", Touchpoints = [new Touchpoint { Id = "cart", Name = "Cart" }, new Touchpoint { Id = "payment", Name = "Payment" }] },
            new Stage { Id = "after", Name = "After", Touchpoints = [new Touchpoint { Id = "support", Name = "Support" }] },
        ],
        Playbooks =
        [
            new Playbook
            {
                Id = "effort",
                Name = "Effort",
                Plays =
                [
                    new Play { Id = "fix-payment", When = new PlayCondition { Metric = PlayMetric.Ces, TargetId = "payment", Op = ComparisonOperator.Gt, Value = 5 }, Action = "Simplify payment" },
                    new Play { Id = "cart-nps", When = new PlayCondition { Metric = PlayMetric.Nps, TargetId = "cart", Op = ComparisonOperator.Lt, Value = 50 }, Action = "Call" },
                ],
            },
        ],
    };

    public static SurveyAnswer Answer(string time, string touchpoint, SurveyMetric metric, int rating) =>
        new(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), touchpoint, metric, rating);

    /// <summary>
    /// cart nps 10, 10, 0 in the week of 2026-01-05; payment ces 2, 4 that week, nothing the week of
    /// 2026-01-12, 5, 7 the week of 2026-01-19; one answer on an unknown touchpoint.
    /// </summary>
    public static SurveyAnswer[] HandExample() =>
    [
        Answer("2026-01-05T09:00:00Z", "cart", SurveyMetric.Nps, 10),
        Answer("2026-01-06T09:00:00Z", "cart", SurveyMetric.Nps, 10),
        Answer("2026-01-11T23:59:59Z", "cart", SurveyMetric.Nps, 0),
        Answer("2026-01-05T00:00:00Z", "payment", SurveyMetric.Ces, 2),
        Answer("2026-01-07T10:00:00+02:00", "payment", SurveyMetric.Ces, 4),
        Answer("2026-01-19T08:00:00Z", "payment", SurveyMetric.Ces, 5),
        Answer("2026-01-25T23:00:00Z", "payment", SurveyMetric.Ces, 7),
        Answer("2026-01-20T08:00:00Z", "gift-wrap", SurveyMetric.Csat, 5),
    ];
}
