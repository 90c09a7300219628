using SkiaSharp;

namespace Budgeting.Web.Infrastructure.Photos;

public enum PhotoError
{
    None,
    TooLarge,
    NotAnImage,
}

/// <summary>
/// Accepts JPEG, PNG and WebP by their content, never by name or declared type, and re-encodes them as a JPEG at most
/// <see cref="MaxSide"/> pixels on the long side: small enough for phones on slow data, and re-encoding drops
/// metadata such as the GPS position a phone camera writes.
/// </summary>
public static class PhotoProcessor
{
    public const int MaxMegabytes = 8;
    public const long MaxBytes = MaxMegabytes * 1024 * 1024;

    /// <summary>The largest proposal form a server accepts: the photo plus room for the text fields.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;
    public const int MaxSide = 1280;
    private const int Quality = 80;

    public static async Task<(byte[]? Jpeg, PhotoError Error)> ProcessAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > MaxBytes)
        {
            return (null, PhotoError.TooLarge);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!HasImageSignature(bytes))
        {
            return (null, PhotoError.NotAnImage);
        }
        var jpeg = Reencode(bytes);
        return jpeg is null ? (null, PhotoError.NotAnImage) : (jpeg, PhotoError.None);
    }

    private static bool HasImageSignature(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || (b.Length > 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8));

    private static byte[]? Reencode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(decoded.Width, decoded.Height));
        var width = Math.Max(1, (int)Math.Round(decoded.Width * scale));
        var height = Math.Max(1, (int)Math.Round(decoded.Height * scale));
        var turned = codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
        var info = new SKImageInfo(turned ? height : width, turned ? width : height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        Orient(canvas, codec.EncodedOrigin, info.Width, info.Height);
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded?.ToArray();
    }

    // Phones store the picture as the sensor saw it plus an orientation tag; we turn the pixels instead.
    private static void Orient(SKCanvas canvas, SKEncodedOrigin origin, int width, int height)
    {
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, width / 2f, height / 2f);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, height);
                canvas.RotateDegrees(270);
                break;
        }
    }
}
