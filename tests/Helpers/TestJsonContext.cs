using System.Text.Json.Serialization;

namespace JourneyKit.Tests.Helpers;

/// <summary>Source-generated metadata for the few plain values the tests serialize.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
