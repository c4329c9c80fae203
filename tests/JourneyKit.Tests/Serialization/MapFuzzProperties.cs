using System.Diagnostics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Issue 15 item 6: the shipped examples, mutated (<see cref="Mutations"/>), through the map reader,
/// the validator, the scorer, the four renderers (and the blueprint) and the comparer. Law: every
/// input is read or refused with <see cref="JourneyFormatException"/>; a map read is validated
/// without an exception; a valid one scores, renders and compares, an invalid one is refused by each
/// with <see cref="InvalidJourneyMapException"/>; nothing else is thrown and no case takes longer than
/// <see cref="Timeout"/>. <c>JOURNEYKIT_FUZZ_CASES</c> sets the cases per target (CI: 10,000).
/// </summary>
public sealed class MapFuzzProperties
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly JourneySerializer Serializer = new();
    private static readonly JourneyValidator Validator = new();
    private static readonly JourneyScorer Scorer = new();
    private static readonly JourneyRenderer Renderer = new(Scorer);
    private static readonly JourneyComparer Comparer = new(Scorer);

    private static readonly string[] ExampleNames = ["online-retail.json", "online-retail-future.json", "b2b-saas.json", "public-service.json"];

    private static readonly byte[][] Examples = [.. ExampleNames.Select(name => File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "examples", name)))];

    private static readonly JourneyMap Original = Serializer.Read(Examples[0]);

    [Fact]
    public void MutatedBytes_AreReadOrRefusedWithTheFormatException()
    {
        var counts = Run(Mutations.Bytes(Examples), Mutations.Cases());

        Assert.Equal(Mutations.Cases(), counts.Reader);
        Assert.True(counts.Refused > 0 && counts.Loaded > 0, $"the mutations must both break and keep maps: {counts}");
    }

    [Fact]
    public void MutatedJson_IsValidatedScoredRenderedAndCompared()
    {
        var cases = Mutations.Cases();
        var counts = Run(Mutations.Json(Examples), cases);

        // Type-preserving mutations keep the document readable: every case reaches every map target.
        Assert.True(cases == counts.Loaded, counts.ToString());
        Assert.True(counts.Valid > cases / 10 && counts.Invalid > cases / 10, $"the law must hold for valid and invalid maps alike: {counts}");
    }

    [Fact]
    public void Regression_LoneSurrogateInAPropertyName_IsRefusedNotACrash()
    {
        // Found by MutatedBytes: "\udc00\ud800" (two halves in the wrong order) inside a property name
        // made the scanner's GetString throw InvalidOperationException, exit 3 on the command line.
        const string json = "{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"M\",\"stages\":[],\"x\\udc00\\ud800\":1}";

        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        Assert.Equal(
            "$ (line 1, byte 56): the property name \"x\\udc00\\ud800\" holds half of a surrogate pair (an escape such as \\ud800 without its partner); names and strings may hold only whole Unicode characters.",
            e.Message);
    }

    [Fact]
    public void LoneSurrogateInAString_SaysSo_NotExpectedAStringFoundAString()
    {
        // Issue 15 item 3: it read "expected a string, found the string …". Both halves alone, and in a list.
        const string json = "{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"\\ud800M\",\"stages\":[{\"id\":\"s\",\"name\":\"S\",\"touchpoints\":[{\"id\":\"t\",\"name\":\"T\",\"enablers\":[\"ok\",\"x\\udc00\"]}]}]}";

        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        const string Sentence = "the string holds half of a surrogate pair (an escape such as \\ud800 without its partner); names and strings may hold only whole Unicode characters.";
        Assert.Equal(["$.name", "$.stages[0].touchpoints[0].enablers[1]"], e.Errors.Select(static error => error.Path));
        Assert.All(e.Errors, error => Assert.EndsWith("): " + Sentence, error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(e.Errors, error => error.Message.Contains("expected a string", StringComparison.Ordinal));
    }

    [Fact]
    public void Regression_LoneSurrogateInAnEnumName_IsATypeErrorNotACrash()
    {
        const string json = "{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"M\",\"stages\":[{\"id\":\"s\",\"name\":\"S\",\"kind\":\"\\ud800\"}]}";

        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        Assert.Equal("$.stages[0].kind", e.Path);
    }

    [Fact]
    public void Regression_HugeAttainmentRule_RendersWithoutInfinity()
    {
        // Found by MutatedBytes: a kpiAttainment play whose value is 1e308 made every renderer throw, as
        // the rule was written as a percentage (1e310 %).
        var json = File.ReadAllText(RepositoryRoot.Combine("docs", "examples", "online-retail.json"));
        var map = Serializer.Read(json);
        var kpi = map.Kpis[0].Id;
        map = map with
        {
            Playbooks = [new Playbook { Id = "pb", Name = "PB", Plays = [new Play { Id = "p", Action = "A", When = new PlayCondition { Metric = PlayMetric.KpiAttainment, TargetId = kpi, Op = ComparisonOperator.Lt, Value = 1e308 } }] }],
        };

        Assert.True(Validator.Validate(map).IsValid);
        foreach (var format in Enum.GetValues<RenderFormat>())
        {
            Finite(Renderer.Render(map, format));
        }
    }

    [Fact]
    public void Regression_BrokenLiteral_IsOneLine()
    {
        // Found by MutatedBytes: a flipped bit in "false" made the message quote the rest of the file, line breaks and all.
        const string json = "{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"M\",\"stages\":[{\"id\":\"s\",\"name\":\"S\",\"touchpoints\":[{\"id\":\"t\",\"name\":\"T\",\"valueAdding\":fal{e\n}]}]}";

        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        Assert.EndsWith("expected the literal 'false' here; true, false and null are written in lower case, without quotes.", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Regression_LoneSurrogateInADate_IsATypeErrorNotACrash()
    {
        // Found by MutatedBytes at 10,000 cases: Utf8JsonReader.TryGetDateTimeOffset throws InvalidOperationException
        // on "\udc00" instead of failing, in the type check and in the date converter alike.
        const string json = "{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"M\",\"stages\":[],\"kpis\":[{\"id\":\"k\",\"name\":\"K\",\"measurements\":[{\"at\":\"\\udc002026-01-01T00:00:00Z\",\"value\":1}]}]}";

        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        Assert.Equal("$.kpis[0].measurements[0].at", e.Path);
        Assert.Contains("expected a date and time in ISO 8601 form", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_DeepNestingAtTheLimit_IsRefusedNotAStackOverflow()
    {
        var deep = "{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"M\",\"stages\":[],\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(deep));

        Assert.Contains("nest more than 64 levels deep here, the most this reader accepts (raise JourneySerializerOptions.MaxDepth to accept more)", e.Message, StringComparison.Ordinal);
    }

    private static Counts Run(Gen<(string How, byte[] Bytes)> mutations, int cases)
    {
        var counts = new Counts();
        var property = Prop.ForAll(mutations.ToArbitrary(), mutation =>
        {
            var work = Task.Run(() => Exercise(mutation.Bytes, counts));
            if (!work.Wait(Timeout))
            {
                throw new TimeoutException($"{mutation.How}: still running after {Timeout.TotalSeconds} s");
            }

            if (work.Exception is { } failure)
            {
                throw new InvalidOperationException($"{mutation.How}: {failure.InnerException}", failure.InnerException);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), property);
        return counts;
    }

    private static void Exercise(byte[] bytes, Counts counts)
    {
        Interlocked.Increment(ref counts.Reader);
        JourneyMap map;
        try
        {
            map = Serializer.Read(bytes);
        }
        catch (JourneyFormatException e)
        {
            Interlocked.Increment(ref counts.Refused);
            counts.LastRefusal = e.Message;
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.True(!e.Message.Contains('\n', StringComparison.Ordinal), e.Message);
            Assert.All(e.Errors, error => Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal));
            if (e.PartialMap is { } partial)
            {
                Validator.Validate(partial);
            }

            return;
        }

        Interlocked.Increment(ref counts.Loaded);
        var report = Validator.Validate(map);
        if (report.IsValid)
        {
            Interlocked.Increment(ref counts.Valid);
            var scores = Scorer.Score(map);
            Finite(ScoreReportJson.Write(scores));
            foreach (var format in Enum.GetValues<RenderFormat>())
            {
                Finite(Renderer.Render(map, scores, format));
            }

            Renderer.Render(map, scores, RenderFormat.Svg, new RenderOptions { View = RenderView.Blueprint });
            Finite(DiffReportJson.Write(Comparer.Compare(Original, map)));
            Serializer.Read(Serializer.WriteUtf8(map)); // what is read can be written and read back
        }
        else
        {
            Interlocked.Increment(ref counts.Invalid);
            Assert.Throws<InvalidJourneyMapException>(() => Scorer.Score(map));
            Assert.Throws<InvalidJourneyMapException>(() => Renderer.Render(map, RenderFormat.Mermaid));
            Assert.Throws<InvalidJourneyMapException>(() => Comparer.Compare(Original, map));
        }
    }

    private static void Finite(string output)
    {
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", output, StringComparison.Ordinal);
    }

    private sealed class Counts
    {
        public int Reader;
        public int Refused;
        public int Loaded;
        public int Valid;
        public int Invalid;
        public string? LastRefusal;

        public override string ToString() => $"{Reader} read, {Refused} refused, {Loaded} loaded, {Valid} valid, {Invalid} invalid; last refusal: {LastRefusal}";
    }
}
