using System.Buffers.Binary;
using System.IO.Compression;

namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>A minimal PNG reader (8-bit greyscale, RGB and RGBA, not interlaced): enough to check a screenshot.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels as 0xRRGGBBAA, row by row.</summary>
    public uint[] Pixels { get; }

    /// <summary>The width and height in the IHDR chunk, without decoding the picture.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("Not a PNG file: no signature and IHDR chunk.");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static PngImage Decode(byte[] png) => unchecked(DecodeUnchecked(png)); // byte arithmetic of the filters wraps by design

    private static PngImage DecodeUnchecked(byte[] png)
    {
        var (width, height) = ReadSize(png);
        var bitDepth = png[24];
        var colourType = png[25];
        var interlace = png[28];
        var channels = colourType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"PNG colour type {colourType} is not supported by this reader."),
        };
        if (bitDepth != 8 || interlace != 0)
        {
            throw new InvalidDataException($"PNG bit depth {bitDepth}, interlace {interlace}: this reader takes 8-bit, not interlaced.");
        }

        using var idat = new MemoryStream();
        var offset = 8;
        while (offset + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = png.AsSpan(offset + 4, 4);
            if (type.SequenceEqual("IDAT"u8))
            {
                idat.Write(png, offset + 8, length);
            }

            if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        zlib.ReadExactly(raw);

        var pixels = new uint[width * height];
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0;
                int b = previous[i];
                int c = i >= channels ? previous[i - channels] : 0;
                current[i] = unchecked((byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter} in row {y}."),
                }));
            }

            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                pixels[(y * width) + x] = unchecked(channels switch
                {
                    1 => (uint)((current[p] << 24) | (current[p] << 16) | (current[p] << 8) | 0xFF),
                    2 => (uint)((current[p] << 24) | (current[p] << 16) | (current[p] << 8) | current[p + 1]),
                    3 => (uint)((current[p] << 24) | (current[p + 1] << 16) | (current[p + 2] << 8) | 0xFF),
                    _ => (uint)((current[p] << 24) | (current[p + 1] << 16) | (current[p + 2] << 8) | current[p + 3]),
                });
            }

            (previous, current) = (current, previous);
        }

        return new PngImage(width, height, pixels);
    }

    /// <summary>How many different colours the picture has.</summary>
    public int DistinctColours() => Pixels.Distinct().Count();

    /// <summary>The share of pixels that differ from the most common colour (the background).</summary>
    public double ForegroundShare()
    {
        var background = Pixels.GroupBy(p => p).MaxBy(g => g.Count())!.Key;
        return Pixels.Count(p => p != background) / (double)Pixels.Length;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
