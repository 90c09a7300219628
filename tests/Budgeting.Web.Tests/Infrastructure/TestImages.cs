using SkiaSharp;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>Real images made on the fly, so uploads go through the same decoder a phone's photo would.</summary>
public static class TestImages
{
    /// <summary>The text hidden in the EXIF block of <see cref="JpegWithExif"/>, as a phone writes its GPS position.</summary>
    public const string ExifSecret = "GPS 19.4326N 99.1332W";

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A JPEG with an EXIF block holding <see cref="ExifSecret"/> and the given orientation tag (6: turn right).</summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation)
    {
        var jpeg = Jpeg(width, height);
        var secret = System.Text.Encoding.ASCII.GetBytes(ExifSecret + "\0");
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray());
        tiff.AddRange(BitConverter.GetBytes(8u));
        tiff.AddRange(BitConverter.GetBytes((ushort)2));
        // Orientation (0x0112), SHORT, 1 value, stored inline.
        tiff.AddRange(BitConverter.GetBytes((ushort)0x0112));
        tiff.AddRange(BitConverter.GetBytes((ushort)3));
        tiff.AddRange(BitConverter.GetBytes(1u));
        tiff.AddRange(BitConverter.GetBytes(orientation));
        tiff.AddRange(BitConverter.GetBytes((ushort)0));
        // ImageDescription (0x010E), ASCII, stored after the directory.
        tiff.AddRange(BitConverter.GetBytes((ushort)0x010E));
        tiff.AddRange(BitConverter.GetBytes((ushort)2));
        tiff.AddRange(BitConverter.GetBytes((uint)secret.Length));
        tiff.AddRange(BitConverter.GetBytes((uint)(8 + 2 + (2 * 12) + 4)));
        tiff.AddRange(BitConverter.GetBytes(0u));
        tiff.AddRange(secret);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image)) ?? throw new AssertionException("Not a readable image.");
        return (codec.Info.Width, codec.Info.Height);
    }

    public static SKEncodedOrigin OriginOf(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image)) ?? throw new AssertionException("Not a readable image.");
        return codec.EncodedOrigin;
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
