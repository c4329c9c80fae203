using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

public class JourneySerializerOptionsTests
{
    private const string Head = "{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"stages\": [], ";

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new JourneySerializerOptions();

        Assert.Equal(16 * 1024 * 1024, options.MaxDocumentBytes);
        Assert.Equal(64, options.MaxDepth);
        Assert.Equal(1024 * 1024, options.MaxStringLength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void MaxDepth_OutOfRange_Throws(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("MaxDepth", () => new JourneySerializerOptions { MaxDepth = value });

        Assert.StartsWith("Value should be in range [1-1000].", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxDocumentBytes_Zero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("MaxDocumentBytes", () => new JourneySerializerOptions { MaxDocumentBytes = 0 });

    [Fact]
    public void MaxStringLength_Zero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("MaxStringLength", () => new JourneySerializerOptions { MaxStringLength = 0 });

    [Fact]
    public void RaisedMaxDepth_AcceptsWhatTheDefaultRefuses_AndWritesItBack()
    {
        // 99 arrays inside "x" (level 2) reach level 100.
        var json = Head + "\"x\": " + new string('[', 99) + new string(']', 99) + " }";
        var raised = new JourneySerializer(new JourneySerializerOptions { MaxDepth = 100 });

        Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(json));
        var map = raised.Read(json);
        Assert.Equal(99 + 1, raised.Write(map).Count(static c => c == '[')); // and one of "stages": []
        Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxDepth = 99 }).Read(json));
    }

    [Fact]
    public void RaisedMaxDocumentBytes_AcceptsWhatTheDefaultRefuses()
    {
        var description = new string('d', 17 * 1024 * 1024);
        var json = Head + "\"description\": \"" + description + "\" }";
        var raised = new JourneySerializer(new JourneySerializerOptions { MaxDocumentBytes = 32 * 1024 * 1024, MaxStringLength = 32 * 1024 * 1024 });

        var refused = Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(json));
        Assert.Contains("MaxDocumentBytes", refused.Message, StringComparison.Ordinal);
        Assert.Equal(description.Length, raised.Read(json).Description!.Length);
    }

    [Fact]
    public void LoweredMaxStringLength_AppliesToStringsAndPropertyNames()
    {
        var serializer = new JourneySerializer(new JourneySerializerOptions { MaxStringLength = 13 });

        Assert.Equal("0123456789abc", serializer.Read(Head + "\"description\": \"0123456789abc\" }").Description);
        var value = Assert.Throws<JourneyFormatException>(() => serializer.Read(Head + "\"description\": \"0123456789abcd\" }"));
        var name = Assert.Throws<JourneyFormatException>(() => serializer.Read(Head + "\"x-0123456789abc\": 1 }"));
        Assert.Equal("$.description (line 1, byte 80): the string is 14 bytes long; the longest this reader accepts is 13 bytes (raise JourneySerializerOptions.MaxStringLength to accept more).", value.Message);
        Assert.Equal("$.x-0123456789abc (line 1, byte 65): the property name is 15 bytes long; the longest this reader accepts is 13 bytes (raise JourneySerializerOptions.MaxStringLength to accept more).", name.Message);
    }

    [Fact]
    public void Serializer_CopiesTheOptions()
    {
        var options = new JourneySerializerOptions { MaxDepth = 5 };
        var serializer = new JourneySerializer(options);

        options.MaxDepth = 500;

        Assert.Equal(5, serializer.MaxDepth);
        Assert.Equal(JourneySerializerOptions.DefaultMaxDocumentBytes, new JourneySerializer(null).MaxDocumentBytes);
    }
}
