using System.Text;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

public sealed class JourneySerializerIoTests : IDisposable
{
    private const string Json = "{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"stages\": [{ \"id\": \"s\", \"name\": \"S\" }] }";

    private static readonly JourneySerializer Serializer = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("journeykit-io-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_FromStream_ReadsToTheEnd()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json));

        Assert.Equal("s", Serializer.Read(stream).Stages[0].Id);
    }

    [Fact]
    public async Task Read_FromStream_UnknownPropertiesOutliveTheReadBuffer()
    {
        // Streams are read into a pooled buffer: what the map keeps of it (unknown properties, as JSON
        // elements) must be copies, still intact after the buffer has been reused by other reads.
        const string WithUnknown = "{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"x-team\": { \"owner\": \"Ana\", \"tags\": [1, 2] }, \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"x-note\": \"kept\" }] }";
        using var first = new MemoryStream(Encoding.UTF8.GetBytes(WithUnknown));
        var map = Serializer.Read(first);
        var expected = Serializer.Write(Serializer.Read(WithUnknown));

        for (var i = 0; i < 20; i++)
        {
            using var other = new MemoryStream(Encoding.UTF8.GetBytes(Json.Replace("\"M\"", $"\"{new string('z', 5_000 + i)}\"", StringComparison.Ordinal)));
            _ = i % 2 == 0 ? Serializer.Read(other) : await Serializer.ReadAsync(other);
        }

        Assert.Equal(expected, Serializer.Write(map));
        Assert.Contains("\"owner\": \"Ana\"", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FromStream_ReadsToTheEnd()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json));

        var map = await Serializer.ReadAsync(stream);

        Assert.Equal("m", map.Id);
    }

    [Fact]
    public void Read_EndlessStream_StopsAtTheLimit()
    {
        var serializer = new JourneySerializer(new JourneySerializerOptions { MaxDocumentBytes = 1000 });
        using var stream = new EndlessStream();

        var error = Assert.Throws<JourneyFormatException>(() => serializer.Read(stream));

        Assert.Equal("the document is more than the 1,000 bytes this reader accepts (raise JourneySerializerOptions.MaxDocumentBytes to accept more).", error.Message);
        Assert.True(stream.BytesRead < 1_000_000, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void ReadFile_ReadsTheFile_AndRefusesOneOverTheLimitWithoutReadingIt()
    {
        var path = Path.Combine(_folder, "map.json");
        File.WriteAllText(path, Json);

        Assert.Equal("m", Serializer.ReadFile(path).Id);
        var error = Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxDocumentBytes = 10 }).ReadFile(path));
        Assert.Equal($"the document is {Encoding.UTF8.GetByteCount(Json)} bytes, more than the 10 bytes this reader accepts (raise JourneySerializerOptions.MaxDocumentBytes to accept more).", error.Message);
    }

    [Fact]
    public void ReadFile_Missing_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => Serializer.ReadFile(Path.Combine(_folder, "none.json")));

    [Fact]
    public void WriteFile_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "map.json");
        File.WriteAllText(path, "old");

        Serializer.WriteFile(Serializer.Read(Json), path);

        Assert.Equal(Serializer.Write(Serializer.Read(Json)), File.ReadAllText(path));
        Assert.Equal(["map.json"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_WritesTheCanonicalBytes()
    {
        var map = Serializer.Read(Json);
        using var stream = new MemoryStream();

        await Serializer.WriteAsync(map, stream);

        Assert.Equal(Serializer.WriteUtf8(map), stream.ToArray());
    }

    [Fact]
    public void Serializer_IsAnIJourneySerializer_ThatExportsTheSchema()
    {
        IJourneySerializer serializer = new JourneySerializer();

        Assert.Equal(JourneySchema.Export(), serializer.ExportSchema());
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
