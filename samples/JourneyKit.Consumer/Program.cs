using Contoso.Journeys;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddJourneyKit(options => options.Scoring.PainEmotionThreshold = -1)
        .AddKpiCalculator<ChurnRateCalculator>();
using var provider = services.BuildServiceProvider();

var map = new JourneySerializer().Read(File.ReadAllText(args[0]));
var report = provider.GetRequiredService<IJourneyScorer>().Score(map);

Console.WriteLine($"journey score {report.JourneyScore:0.0}");
foreach (var kpi in report.Kpis)
{
    Console.WriteLine($"{kpi.KpiId}: {kpi.Value:0.00}, {kpi.Status}, {kpi.Trend}");
}
