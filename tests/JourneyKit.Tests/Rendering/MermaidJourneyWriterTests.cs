using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class MermaidJourneyWriterTests
{
    private static readonly JourneyRenderer Renderer = Unvalidated.Renderer; // some maps here are invalid on purpose

    [Theory]
    [InlineData(-3, 1)]
    [InlineData(-2.25, 2)] // 1.5 rounds away from zero
    [InlineData(-1.5, 2)]
    [InlineData(-1, 2)] // 2.33
    [InlineData(-0.75, 3)] // 2.5 rounds away from zero
    [InlineData(0, 3)]
    [InlineData(0.75, 4)] // 3.5
    [InlineData(1, 4)] // 3.67
    [InlineData(2.25, 5)] // 4.5
    [InlineData(3, 5)]
    [InlineData(-9, 1)]
    [InlineData(9, 5)]
    public void Score_MapsEmotionToOneToFive(double emotion, int expected)
    {
        Assert.Equal(expected, MermaidJourneyWriter.Score(emotion));
    }

    [Fact]
    public void Render_SmallMap_WritesTheExpectedDiagram()
    {
        var text = Renderer.Render(SmallMap(), RenderFormat.Mermaid);

        // search: both personas feel +1 → 1 + 4·2/3 = 3.67 → 4; size guide: only the parent, −2 → 1.67 → 2.
        Assert.Equal(
            """
            journey
                title Shop: A； B
                section Consideration
                    Search: 4: Busy parent, Student‚ 2nd year
                    Size guide: 2: Busy parent
                section Purchase
                    %% no emotion stated for the next task: drawn as neutral (3)
                    Pay ＃1: 3: Busy parent, Student‚ 2nd year

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void Render_PersonaView_ShowsOnlyThatPersonasTouchpointsAndEmotion()
    {
        var text = Renderer.Render(SmallMap(), RenderFormat.Mermaid, new RenderOptions { PersonaId = "parent" });

        Assert.Equal(
            """
            journey
                title Shop: A； B (Busy parent)
                section Consideration
                    Search: 4: Busy parent
                    Size guide: 2: Busy parent
                section Purchase
                    %% no emotion stated for the next task: drawn as neutral (3)
                    Pay ＃1: 3: Busy parent

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);

        var student = Renderer.Render(SmallMap(), RenderFormat.Mermaid, new RenderOptions { PersonaId = "student" });
        Assert.DoesNotContain("Size guide", student, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MapWithoutPersonas_UsesThePlainEmotionAndNoActors()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "M",
            Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [new Touchpoint { Id = "t", Name = "T", Emotion = -3, EmotionsByPersona = new Dictionary<string, double> { ["ghost"] = 3 } }] }],
        };

        Assert.Equal("journey\n    title M\n    section S\n        T: 1\n", Renderer.Render(map, RenderFormat.Mermaid));
    }

    [Fact]
    public void Render_RandomNames_FieldsStayInTheGrammarAndMapBackToTheOriginal()
    {
        // Names are non-empty: an empty name is drawn as the id (Mermaid has no empty field). They hold
        // none of the look-alikes, so the drawn texts mapped back must equal them.
        var names = MermaidTextTests.Strings.Where(s => s.Length > 0 && MermaidTextTests.MapsBack(s));
        var maps =
            from mapName in names
            from personaNames in Gen.ArrayOf(names, 2)
            from stageNames in Gen.ArrayOf(names, 2)
            from touchpointNames in Gen.ArrayOf(names, 3)
            from emotions in Gen.ArrayOf(Gen.Choose(-30, 30), 3)
            select Build(mapName, personaNames, stageNames, touchpointNames, emotions);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(maps.ToArbitrary(), map =>
        {
            var diagram = MermaidGrammar.Parse(Renderer.Render(map, RenderFormat.Mermaid));

            Assert.Equal(map.Name, diagram.Title);
            var stages = map.Stages.Where(s => s.Touchpoints.Count > 0).ToList();
            Assert.Equal(stages.Select(s => s.Name), diagram.Sections.Select(s => s.Name));
            Assert.Equal(stages.SelectMany(s => s.Touchpoints).Select(t => t.Name), diagram.Sections.SelectMany(s => s.Tasks).Select(t => t.Name));
            foreach (var task in diagram.Sections.SelectMany(s => s.Tasks))
            {
                Assert.Equal(map.Personas.Select(p => p.Name), task.Actors);
            }
        }));
    }

    [Fact]
    public void Render_NamesHoldingLookAlikes_StayInTheGrammar()
    {
        var names = MermaidTextTests.StringsWithLookAlikes.Where(s => s.Length > 0);
        var maps =
            from mapName in names
            from personaNames in Gen.ArrayOf(names, 2)
            from stageNames in Gen.ArrayOf(names, 2)
            from touchpointNames in Gen.ArrayOf(names, 3)
            select Build(mapName, personaNames, stageNames, touchpointNames, [0, 10, -10]);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(maps.ToArbitrary(), map =>
        {
            var diagram = MermaidGrammar.Parse(Renderer.Render(map, RenderFormat.Mermaid));
            Assert.Equal(3, diagram.Sections.SelectMany(s => s.Tasks).Count());
            Assert.All(diagram.Sections.SelectMany(s => s.Tasks), t => Assert.Equal(2, t.Actors.Count));
        }));
    }

    [Fact]
    public void Render_RetailTitle_IsDrawnAsWritten()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "Online retail: children's clothing",
            Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [new Touchpoint { Id = "t", Name = "T", Emotion = 0 }] }],
        };

        Assert.Equal("journey\n    title Online retail: children's clothing\n    section S\n        T: 3\n", Renderer.Render(map, RenderFormat.Mermaid));
    }

    private static JourneyMap Build(string mapName, string[] personaNames, string[] stageNames, string[] touchpointNames, int[] emotions) => new()
    {
        Id = "m",
        Name = mapName,
        Personas = personaNames.Select((name, i) => new Persona { Id = $"p{i}", Name = name }).ToList(),
        Stages =
        [
            new Stage { Id = "s0", Name = stageNames[0], Touchpoints = touchpointNames.Select((name, i) => new Touchpoint { Id = $"t{i}", Name = name, Emotion = emotions[i] / 10.0 }).ToList() },
            new Stage { Id = "s1", Name = stageNames[1] },
        ],
    };

    private static JourneyMap SmallMap() => new()
    {
        Id = "shop",
        Name = "Shop: A; B",
        Personas = [new Persona { Id = "parent", Name = "Busy parent" }, new Persona { Id = "student", Name = "Student, 2nd year" }],
        Stages =
        [
            new Stage
            {
                Id = "consider",
                Name = "Consideration",
                Touchpoints =
                [
                    new Touchpoint { Id = "search", Name = "Search", Emotion = 1 },
                    new Touchpoint { Id = "size", Name = "Size guide", PersonaIds = ["parent"], Emotion = -1, EmotionsByPersona = new Dictionary<string, double> { ["parent"] = -2 } },
                ],
            },
            new Stage { Id = "empty", Name = "Empty" },
            new Stage { Id = "buy", Name = "Purchase", Touchpoints = [new Touchpoint { Id = "pay", Name = "Pay #1" }] },
        ],
    };
}
