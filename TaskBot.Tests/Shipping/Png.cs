using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TaskBot.Tests.Shipping;

/// <summary>
/// Just enough of a PNG decoder to check the app icons: chunk CRCs, the IHDR, and the pixels of 8-bit RGB/RGBA
/// non-interlaced images (all five row filters), so "transparent" is checked on pixels, not on a header flag.
/// </summary>
sealed record Png(int Width, int Height, int ColourType, byte[] Pixels)
{
    public int Channels => ColourType switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"colour type {ColourType}") };
    public byte Alpha(int x, int y) => ColourType == 6 ? Pixels[(y * Width + x) * 4 + 3] : (byte)255;

    static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static Png Read(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual(Signature), "not a PNG: bad signature");
        int width = 0, height = 0, colourType = -1;
        using var idat = new MemoryStream();
        bool ended = false;
        for (int at = 8; at < file.Length && !ended;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 8 + length));
            Assert.True(Crc32(file.AsSpan(at + 4, 4 + length)) == crc, $"bad CRC in the {type} chunk");
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    Assert.Equal(8, data[8]);           // bit depth
                    colourType = data[9];
                    Assert.Equal(0, data[12]);          // not interlaced
                    break;
                case "IDAT": idat.Write(data); break;
                case "IEND": ended = true; break;
            }
            at += 12 + length;
        }
        Assert.True(ended, "PNG has no IEND chunk");
        var png = new Png(width, height, colourType, []);
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        return png with { Pixels = Unfilter(raw.ToArray(), width, height, png.Channels) };
    }

    static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        int stride = width * bpp;
        Assert.Equal(height * (stride + 1), raw.Length);
        var pixels = new byte[height * stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            for (int i = 0; i < stride; i++)
            {
                int x = raw[y * (stride + 1) + 1 + i];
                int a = i >= bpp ? pixels[y * stride + i - bpp] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int c = i >= bpp && y > 0 ? pixels[(y - 1) * stride + i - bpp] : 0;
                pixels[y * stride + i] = (byte)(filter switch
                {
                    0 => x,
                    1 => x + a,
                    2 => x + b,
                    3 => x + (a + b) / 2,
                    4 => x + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                });
            }
        }
        return pixels;
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
