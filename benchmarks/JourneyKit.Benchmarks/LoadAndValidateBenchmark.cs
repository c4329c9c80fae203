using System.Text;
using BenchmarkDotNet.Attributes;
using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Benchmarks;

/// <summary>
/// What validation adds to loading a map: reading a generated map of <see cref="Touchpoints"/>
/// touchpoints (the baseline) against reading and validating it.
/// </summary>
[MemoryDiagnoser]
public class LoadAndValidateBenchmark
{
    private readonly JourneySerializer _serializer = new();
    private readonly JourneyValidator _validator = new();
    private byte[] _json = [];

    /// <summary>The number of touchpoints of the map, spread over stages of 50.</summary>
    [Params(1_000, 10_000)]
    public int Touchpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = Encoding.UTF8.GetBytes(_serializer.Write(CreateMap(Touchpoints)));
        var report = _validator.Validate(_serializer.Read(_json));
        if (!report.IsValid)
        {
            throw new InvalidOperationException("The generated map must be valid: " + report.Errors[0]);
        }
    }

    [Benchmark(Baseline = true)]
    public JourneyMap Read() => _serializer.Read(_json);

    [Benchmark]
    public ValidationReport ReadAndValidate() => _validator.Validate(_serializer.Read(_json));

    /// <summary>A valid map with three personas, a process per stage and survey counts on every fifth touchpoint.</summary>
    internal static JourneyMap CreateMap(int touchpoints)
    {
        const int PerStage = 50;
        string[] personas = ["parent", "student", "retiree"];
        var stageCount = (touchpoints + PerStage - 1) / PerStage;
        var stages = new List<Stage>(stageCount);
        var processes = new List<BusinessProcess>(stageCount);
        for (var s = 0; s < stageCount; s++)
        {
            processes.Add(new BusinessProcess { Id = $"process-{s}", Name = $"Process {s}", Department = "operations" });
            var count = Math.Min(PerStage, touchpoints - (s * PerStage));
            var items = new Touchpoint[count];
            for (var t = 0; t < count; t++)
            {
                var n = (s * PerStage) + t;
                items[t] = new Touchpoint
                {
                    Id = $"touchpoint-{n}",
                    Name = $"Touchpoint {n}",
                    Channel = (Channel)(n % 12),
                    Initiator = n % 3 == 0 ? Initiator.Company : Initiator.Customer,
                    Owner = "operations",
                    ProcessId = $"process-{s}",
                    PersonaIds = n % 4 == 0 ? [personas[n % 3]] : [],
                    Emotion = (n % 7) - 3,
                    EmotionsByPersona = new Dictionary<string, double> { [personas[(n + 1) % 3]] = (n % 5) - 2 },
                    Enablers = ["clear wording"],
                    Barriers = ["slow page"],
                    ProcessMinutes = n % 13,
                    WaitMinutes = n % 17,
                    ValueAdding = n % 2 == 0,
                    CompleteAccurate = 0.9,
                    Responses = n % 5 == 0
                        ? new SurveyResponses { Nps = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], Csat = [1, 2, 3, 4, 5], Ces = [7, 6, 5, 4, 3, 2, 1] }
                        : null,
                };
            }

            stages.Add(new Stage { Id = $"stage-{s}", Name = $"Stage {s}", Kind = StageKind.Custom, Touchpoints = items });
        }

        return new JourneyMap
        {
            Id = "large",
            Name = "Large generated map",
            Personas = [.. personas.Select(p => new Persona { Id = p, Name = p, Weight = 1 })],
            Stages = stages,
            Processes = processes,
            Outcomes = [.. stages.Select((s, i) => new Outcome { Id = $"outcome-{i}", Statement = $"Outcome {i}", StageId = s.Id, Importance = 7, Satisfaction = 4, ProcessIds = [$"process-{i}"] })],
            Kpis = [new Kpi { Id = "conversion", Name = "Conversion", Scope = new KpiScope { StageId = "stage-0" }, Measurements = [new Measurement { At = DateTimeOffset.UnixEpoch.AddDays(20_000), Value = 3 }] }],
            Opportunities = [new Opportunity { Id = "o", Title = "O", TouchpointIds = ["touchpoint-0"], Reach = 1, Impact = 1, Confidence = 1, Effort = 1 }],
        };
    }
}
