using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// A small but real PNG photo (a colour gradient) written to a throwaway folder for a file input, as a phone's gallery
/// would hand it over; deleted with the folder when disposed.
/// </summary>
public sealed class TestPhoto : IDisposable
{
    public const int Width = 48;
    public const int Height = 32;

    private readonly string folder;

    private TestPhoto(string folder, string path)
    {
        this.folder = folder;
        Path = path;
    }

    public string Path { get; }

    public static TestPhoto Create()
    {
        var folder = Directory.CreateTempSubdirectory("budgeting-e2e-photo-").FullName;
        var path = System.IO.Path.Combine(folder, "banqueta.png");
        File.WriteAllBytes(path, Png());
        return new TestPhoto(folder, path);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An 8-bit RGB PNG of <see cref="Width"/>×<see cref="Height"/> pixels.</summary>
    private static byte[] Png()
    {
        // Each row is a filter byte (0, none) followed by its pixels.
        var pixels = new byte[Height * (1 + Width * 3)];
        for (var y = 0; y < Height; y++)
        {
            var row = y * (1 + Width * 3);
            for (var x = 0; x < Width; x++)
            {
                var at = row + 1 + x * 3;
                pixels[at] = (byte)(x * 255 / (Width - 1));
                pixels[at + 1] = (byte)(y * 255 / (Height - 1));
                pixels[at + 2] = 160;
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(pixels);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        // Compression, filter and interlace methods stay 0.

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
