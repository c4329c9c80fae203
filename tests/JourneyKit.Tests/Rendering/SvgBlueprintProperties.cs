using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class SvgBlueprintProperties
{
    private static readonly JourneyRenderer Renderer = new();

    /// <summary>Scorable maps whose touchpoints name business processes of three departments (one of them none).</summary>
    private static readonly Gen<JourneyMap> Maps =
        from map in MapGenerators.Scorable.Map
        from processes in Gen.ArrayOf(Gen.Elements<string?>(null, "p-ops", "p-it", "p-none"), 64)
        select map with
        {
            Processes =
            [
                new BusinessProcess { Id = "p-ops", Name = "Operations", Department = "ops" },
                new BusinessProcess { Id = "p-it", Name = "IT", Department = "it" },
                new BusinessProcess { Id = "p-none", Name = "Nobody's" },
            ],
            Stages = [.. map.Stages.Select((s, i) => s with { Touchpoints = [.. s.Touchpoints.Select((t, j) => t with { ProcessId = processes[((i * 8) + j) % 64] })] })],
        };

    [Fact]
    public void HandoffArrows_EqualTheValueStreamsHandoffs_AndLanesTheDepartments()
    {
        Prop.ForAll(Maps.ToArbitrary(), map =>
        {
            var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg, new RenderOptions { View = RenderView.Blueprint }));
            var touchpoints = map.Stages.SelectMany(s => s.Touchpoints).ToList();

            Assert.Equal(ValueStreamAnalyzer.Analyze(touchpoints).Handoffs, SvgBlueprintWriterTests.Handoffs(document).Count);

            var owners = touchpoints.Select(t => t.Owner).OfType<string>().Distinct().ToList();
            if (touchpoints.Any(t => t.Owner is null))
            {
                owners.Add(string.Empty);
            }

            Assert.Equal(owners, SvgBlueprintWriterTests.Lanes(document, "frontstage"));
            var departments = touchpoints.Where(t => t.ProcessId is not null).Select(t => map.Processes.Single(p => p.Id == t.ProcessId).Department ?? string.Empty)
                .Distinct().OrderBy(d => d.Length == 0).ToList(); // stable: first appearance, the department-less lane last
            Assert.Equal(departments, SvgBlueprintWriterTests.Lanes(document, "backstage"));
        }).QuickCheckThrowOnFailure();
    }
}
