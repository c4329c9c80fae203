using System.Text;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

public class JourneySerializerWriteTests
{
    private static readonly JourneySerializer Serializer = new();

    [Fact]
    public void Write_SmallMap_IsTheCanonicalText()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "Größe \"M\"",
            State = MapState.Future,
            Stages =
            [
                new Stage
                {
                    Id = "s",
                    Name = "S",
                    Kind = StageKind.Purchase,
                    Touchpoints = [new Touchpoint { Id = "t", Name = "T", Channel = Channel.MobileApp, Emotion = -1.5, WaitMinutes = 4.0 }],
                },
            ],
            Kpis = [new Kpi { Id = "k", Name = "K", Measurements = [new Measurement { At = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero), Value = 0.1 }] }],
        };

        const string expected = """
            {
              "schemaVersion": "1.0",
              "id": "m",
              "name": "Größe \"M\"",
              "state": "future",
              "stages": [
                {
                  "id": "s",
                  "name": "S",
                  "kind": "purchase",
                  "touchpoints": [
                    {
                      "id": "t",
                      "name": "T",
                      "channel": "mobileApp",
                      "emotion": -1.5,
                      "waitMinutes": 4
                    }
                  ]
                }
              ],
              "kpis": [
                {
                  "id": "k",
                  "name": "K",
                  "measurements": [
                    {
                      "at": "2026-01-31T00:00:00Z",
                      "value": 0.1
                    }
                  ]
                }
              ]
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Serializer.Write(map));
    }

    [Fact]
    public void Write_EmptyMap_KeepsTheRequiredStagesAndOmitsEverythingAbsent()
    {
        var text = Serializer.Write(new JourneyMap { Id = "m", Name = "M" });

        Assert.Equal("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"m\",\n  \"name\": \"M\",\n  \"stages\": []\n}\n", text);
    }

    [Fact]
    public void Write_DefaultsGivenExplicitly_AreKept()
    {
        // A file that says "state": "current" keeps saying it: the writer leaves out only what is absent.
        var map = Serializer.Read("{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"state\": \"current\", \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"kind\": \"custom\" }] }");

        var text = Serializer.Write(map);

        Assert.Contains("\"state\": \"current\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"custom\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OffsetAndFraction_AreWrittenInShortIso8601()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "M",
            Kpis = [new Kpi { Id = "k", Name = "K", Measurements = [new Measurement { At = new DateTimeOffset(2026, 2, 28, 9, 30, 0, 250, TimeSpan.FromHours(-5)), Value = 1 }] }],
        };

        Assert.Contains("\"at\": \"2026-02-28T09:30:00.25-05:00\"", Serializer.Write(map), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NaN_ThrowsArgumentExceptionForTheMap()
    {
        var map = new JourneyMap { Id = "m", Name = "M", Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [new Touchpoint { Id = "t", Name = "T", Emotion = double.NaN }] }] };

        var error = Assert.Throws<ArgumentException>("map", () => Serializer.Write(map));

        Assert.StartsWith("The map cannot be written as JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UndefinedEnumValue_ThrowsArgumentExceptionForTheMap()
    {
        var map = new JourneyMap { Id = "m", Name = "M", State = (MapState)7 };

        Assert.Throws<ArgumentException>("map", () => Serializer.Write(map));
    }

    [Fact]
    public void Write_Null_Throws() =>
        Assert.Throws<ArgumentNullException>("map", () => Serializer.Write(null!));

    [Fact]
    public void WriteToStream_IsUtf8WithoutByteOrderMark_AndEqualsTheText()
    {
        var map = new JourneyMap { Id = "m", Name = "Größe" };
        using var stream = new MemoryStream();

        Serializer.Write(map, stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(Serializer.Write(map), Encoding.UTF8.GetString(bytes));
        Assert.DoesNotContain((byte)'\r', bytes);
    }
}
