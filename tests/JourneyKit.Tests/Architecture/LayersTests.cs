using System.Text.RegularExpressions;

namespace JourneyKit.Tests.Architecture;

/// <summary>
/// The layers of the design ("Layers" in docs/architecture.md): every namespace of src/JourneyKit
/// uses only the namespaces below it. A use is a <c>using</c> directive, a qualified name
/// (<c>JourneyKit.Scoring.X</c>, or <c>Scoring.X</c> from inside <c>JourneyKit</c>) or a
/// <c>cref</c>; the test reads the source, so a new arrow fails here before it lands.
/// </summary>
public partial class LayersTests
{
    /// <summary>The design's table: each namespace and the namespaces listed after its arrow.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Listed = new Dictionary<string, string[]>
    {
        ["Metrics"] = [],
        ["Model"] = [],
        ["Csv"] = [],
        ["Validation"] = ["Model"],
        ["Serialization"] = ["Model"],
        ["Measures"] = ["Model", "Metrics"],
        ["Kpis"] = ["Model", "Metrics", "Measures"],
        ["Playbooks"] = ["Model"],
        ["Scoring"] = ["Model", "Metrics", "Measures", "Kpis", "Playbooks", "Validation", "Csv"],
        ["Analytics"] = ["Model", "Metrics", "Playbooks", "Csv"],
        ["Monitoring"] = ["Model", "Metrics", "Playbooks", "Csv"],
        ["Comparison"] = ["Model", "Metrics", "Scoring", "Serialization"],
        ["Rendering"] = ["Model", "Scoring", "Analytics", "Monitoring", "Comparison"],
        ["DependencyInjection"] = ["*"],
    };

    /// <summary>
    /// What a namespace may use: what its row lists and, through them, what those list (a report
    /// from Scoring carries KPI results, so whoever may use Scoring may name <c>KpiResult</c>). Never
    /// anything above it.
    /// </summary>
    public static IReadOnlySet<string> Allowed(string ns)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>(Listed[ns]);
        while (todo.TryPop(out var next))
        {
            if (next == "*")
            {
                allowed.UnionWith(Listed.Keys);
            }
            else if (allowed.Add(next))
            {
                foreach (var below in Listed[next])
                {
                    todo.Push(below);
                }
            }
        }

        allowed.Remove(ns);
        return allowed;
    }

    [Fact]
    public void EveryNamespace_IsInTheTable()
    {
        var unknown = Sources().Select(static s => s.Namespace).Distinct().Where(ns => !Listed.ContainsKey(ns)).ToList();
        Assert.True(unknown.Count == 0, $"Namespaces missing from the layer table (add them deliberately, with their arrows): {string.Join(", ", unknown)}");
    }

    [Fact]
    public void EveryUse_IsAllowedByTheTable()
    {
        var forbidden = Uses()
            .Where(static u => Listed.ContainsKey(u.From) && !Allowed(u.From).Contains(u.To))
            .Select(static u => $"{u.File}: {u.From} → {u.To} ({u.How})")
            .Distinct()
            .ToList();
        Assert.True(forbidden.Count == 0, "Uses the layer table forbids:\n" + string.Join("\n", forbidden));
    }

    [Fact]
    public void NoTwoNamespaces_UseEachOther()
    {
        var graph = Uses().GroupBy(static u => u.From).ToDictionary(static g => g.Key, static g => g.Select(static u => u.To).ToHashSet());
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
        {
            // A path back to the start is a cycle.
            var seen = new HashSet<string>();
            var todo = new Stack<(string Node, string Path)>([(start, start)]);
            while (todo.TryPop(out var step))
            {
                foreach (var next in graph.GetValueOrDefault(step.Node) ?? [])
                {
                    if (next == start)
                    {
                        cycles.Add($"{step.Path} → {start}");
                    }
                    else if (seen.Add(next))
                    {
                        todo.Push((next, $"{step.Path} → {next}"));
                    }
                }
            }
        }

        Assert.True(cycles.Count == 0, "Namespaces that use each other:\n" + string.Join("\n", cycles.Distinct()));
    }

    [Fact]
    public void TheReader_SeesEachKindOfUse()
    {
        // The detector itself: a using, a full name, a relative name and a cref are all uses.
        var uses = UsesIn("x.cs", """
            using JourneyKit.Kpis;
            namespace JourneyKit.Model;
            /// <summary>See <see cref="Scoring.JourneyScorer"/>.</summary>
            class A { JourneyKit.Rendering.RenderFormat f; Analytics.JourneyEvent e; int Kpis => Stages.Count; }
            """, new Dictionary<string, HashSet<string>>
            {
                ["Scoring"] = ["JourneyScorer"],
                ["Rendering"] = ["RenderFormat"],
                ["Analytics"] = ["JourneyEvent"],
                ["Stages"] = [],
            }).Select(static u => u.To).Order().ToList();

        Assert.Equal(["Analytics", "Kpis", "Rendering", "Scoring"], uses);
    }

    private sealed record Source(string File, string Namespace, string Text);

    private sealed record Use(string File, string From, string To, string How);

    private static IEnumerable<Source> Sources()
    {
        var root = Path.Combine(RepositoryRoot.Path, "src", "JourneyKit");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (NamespaceOf(text) is { } ns)
            {
                yield return new Source(relative, ns, text);
            }
        }
    }

    private static string? NamespaceOf(string text) =>
        NamespaceDeclaration().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    private static List<Use> Uses()
    {
        var sources = Sources().ToList();
        var types = sources
            .GroupBy(static s => s.Namespace)
            .ToDictionary(static g => g.Key, static g => g.SelectMany(static s => TypeDeclaration().Matches(s.Text).Select(static m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
        return [.. sources.SelectMany(s => UsesIn(s.File, s.Text, types))];
    }

    private static IEnumerable<Use> UsesIn(string file, string text, IReadOnlyDictionary<string, HashSet<string>> typesByNamespace)
    {
        if (NamespaceOf(text) is not { } from)
        {
            yield break;
        }

        foreach (Match m in FullName().Matches(text))
        {
            if (m.Groups[1].Value != from)
            {
                yield return new Use(file, from, m.Groups[1].Value, m.Value.Trim());
            }
        }

        // Inside namespace JourneyKit.X, "Y.Type" names JourneyKit.Y.Type: count it when Type is declared in Y.
        foreach (Match m in RelativeName().Matches(text))
        {
            var ns = m.Groups[1].Value;
            if (ns != from && typesByNamespace.TryGetValue(ns, out var types) && types.Contains(m.Groups[2].Value))
            {
                yield return new Use(file, from, ns, m.Value);
            }
        }
    }

    [GeneratedRegex(@"^namespace\s+JourneyKit\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?<![\w.])JourneyKit\.(\w+)")]
    private static partial Regex FullName();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex RelativeName();
}
