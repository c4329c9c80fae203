using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// Real Mermaid (the npm package, in headless Chromium) draws the journey diagram of every example
/// (docs/examples/*.json, written by <c>journeykit render --format mermaid</c>) and of a map whose names hold
/// every character the diagram maps; the texts it draws — title, section names, task names, actors — must be the
/// map's names after the documented look-alike mapping (docs/rendering.md), not merely "it parsed".
/// </summary>
/// <remarks>
/// Mermaid is looked for in <c>MERMAID_JS</c> or <c>.tools/mermaid/node_modules/mermaid/dist/mermaid.min.js</c>
/// (where .ci/run installs it). Skipped only where Chromium or Mermaid is missing and <c>CI</c> is not <c>true</c>.
/// </remarks>
public sealed partial class MermaidRenderingTests
{
    [MermaidFact]
    public void Diagram_OfEveryExample_DrawsTheMappedNames()
    {
        var diagrams = new List<(string Name, string Text, Expected Expected)>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            var render = CliRunner.Run("render", file, "--format", "mermaid");
            Assert.True(render.ExitCode == ExitCodes.Success, $"{file}: {render.Error}");
            diagrams.Add((Path.GetFileName(file), render.Out, Expect(new JourneySerializer().Read(File.ReadAllText(file)))));
        }

        Assert.True(diagrams.Count >= 4, $"only {diagrams.Count} examples");
        AssertDrawn(diagrams);
    }

    [MermaidFact]
    public void Diagram_OfNamesWithEveryMappedCharacter_DrawsTheLookAlikes()
    {
        var map = new JourneyMap
        {
            Id = "tricky",
            Name = "Kids' \"best\" shop: #1; 50% off & <b>more</b> `now`",
            Personas =
            [
                new Persona { Id = "p1", Name = "Parent, busy: 2 kids" },
                new Persona { Id = "p2", Name = "Student <i>" },
            ],
            Stages =
            [
                new Stage
                {
                    Id = "s1", Name = "Find: #search; 100%",
                    Touchpoints =
                    [
                        new Touchpoint { Id = "t1", Name = "Ad: 50% off; #deal, now", Channel = Channel.Social, Emotion = 1 },
                        new Touchpoint { Id = "t2", Name = "section two <br> line", Channel = Channel.Web, Emotion = -2, PersonaIds = ["p2"] },
                    ],
                },
            ],
        };
        var text = new JourneyRenderer().Render(map, RenderFormat.Mermaid);

        // Hand-written: what a person must see in the drawing.
        var expected = new Expected(
            "Kids' \"best\" shop: ＃1； 50％ off & ＜b>more＜/b> `now`",
            ["Find∶ ＃search； 100％"],
            ["Ad∶ 50％ off； ＃deal, now", "ｓection two ＜br> line"],
            ["Parent‚ busy∶ 2 kids", "Student ＜i>"]);
        Assert.Equal(expected.Title, Mapped(map.Name, title: true));
        AssertDrawn([("tricky", text, expected)]);
    }

    private static void AssertDrawn(List<(string Name, string Text, Expected Expected)> diagrams)
    {
        var mermaid = MermaidFactAttribute.MermaidScript ?? throw new InvalidOperationException(
            "Mermaid is not installed: npm install --prefix .tools/mermaid mermaid@12.3.0 (CI installs it in .ci/run), or set MERMAID_JS.");
        var work = Directory.CreateTempSubdirectory("journeykit-mermaid-");
        try
        {
            var page = Path.Combine(work.FullName, "diagrams.html");
            File.WriteAllText(page, Page(mermaid, diagrams.Select(d => d.Text).ToList()), new UTF8Encoding(false));
            var (run, dom) = Chromium.DumpDom(page, TimeSpan.FromSeconds(30));
            Assert.True(run.ExitCode == 0, $"Chromium exited {run.ExitCode}");
            var match = OutElement().Match(dom);
            Assert.True(match.Success, "the page wrote no result: " + dom[..Math.Min(dom.Length, 500)]);
            var json = WebUtility.HtmlDecode(match.Groups[1].Value);
            Assert.False(json.StartsWith("pending", StringComparison.Ordinal), "Mermaid did not finish within the time budget");
            Assert.False(json.StartsWith("ERROR", StringComparison.Ordinal), json);
            var drawn = JsonSerializer.Deserialize<Drawn[]>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            Assert.Equal(diagrams.Count, drawn.Length);
            for (var i = 0; i < diagrams.Count; i++)
            {
                var (name, _, expected) = diagrams[i];
                Assert.True(expected.Title == drawn[i].Title, $"{name}: title drawn as '{drawn[i].Title}', expected '{expected.Title}'");
                Assert.Equal(expected.Sections, drawn[i].Sections);
                Assert.Equal(expected.Tasks, drawn[i].Tasks);
                Assert.Equal(expected.Actors.Order(StringComparer.Ordinal), drawn[i].Actors.Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>What the diagram of <paramref name="map"/> must show, after the mapping of docs/rendering.md.</summary>
    private static Expected Expect(JourneyMap map)
    {
        var stages = map.Stages.Where(s => s.Touchpoints.Count > 0).ToList();
        var actors = map.Personas
            .Where(p => stages.SelectMany(s => s.Touchpoints).Any(t => t.PersonaIds.Count == 0 || t.PersonaIds.Contains(p.Id)))
            .Select(p => Mapped(p.Name.Length > 0 ? p.Name : p.Id, actor: true))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Expected(
            Mapped(map.Name, title: true),
            stages.Select(s => Mapped(s.Name)).ToList(),
            stages.SelectMany(s => s.Touchpoints).Select(t => Mapped(t.Name, task: true)).ToList(),
            actors);
    }

    /// <summary>
    /// The documented mapping, written out again for the characters the examples and the tricky map use
    /// (a name outside that set fails the test, so this copy cannot silently differ from the rules).
    /// </summary>
    private static string Mapped(string text, bool title = false, bool actor = false, bool task = false)
    {
        Assert.True(text.Length > 0 && text.Trim() == text && !text.Any(char.IsControl), $"a name this test does not map: '{text}'");
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            builder.Append(c switch
            {
                ':' when !title => '∶',
                '#' => '＃',
                ';' => '；',
                '%' => '％',
                ',' when actor => '‚',
                '<' when i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?') => '＜',
                _ => c,
            });
        }

        var mapped = builder.ToString();
        foreach (var keyword in new[] { "journey", "title", "section", "acctitle", "accdescr" })
        {
            if (task && mapped.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                mapped = (char)(mapped[0] + 0xFEE0) + mapped[1..];
            }
        }

        return mapped;
    }

    private static string Page(string mermaid, IReadOnlyList<string> diagrams) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><script src="{{new Uri(mermaid).AbsoluteUri}}"></script></head>
        <body><pre id="out">pending</pre>
        <script>
        const diagrams = {{JsonSerializer.Serialize(diagrams)}};
        const out = document.getElementById('out');
        (async () => {
          mermaid.initialize({ startOnLoad: false });
          const results = [];
          for (let i = 0; i < diagrams.length; i++) {
            const { svg } = await mermaid.render('d' + i, diagrams[i]);
            const host = document.createElement('div');
            host.innerHTML = svg;
            document.body.appendChild(host);
            const texts = selector => [...host.querySelectorAll(selector)].map(t => t.textContent);
            const title = [...host.querySelectorAll('svg > text:not(.legend)')].map(t => t.textContent);
            results.push({
              title: title.length === 1 ? title[0] : JSON.stringify(title),
              sections: texts('text.journey-section'),
              tasks: texts('text.task'),
              actors: texts('text.legend'),
            });
            host.remove();
          }
          out.textContent = JSON.stringify(results);
        })().catch(e => { out.textContent = 'ERROR ' + e; });
        </script></body></html>
        """;

    [GeneratedRegex("<pre id=\"out\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex OutElement();

    private sealed record Expected(string Title, IReadOnlyList<string> Sections, IReadOnlyList<string> Tasks, IReadOnlyList<string> Actors);

    private sealed record Drawn(string Title, string[] Sections, string[] Tasks, string[] Actors);
}
