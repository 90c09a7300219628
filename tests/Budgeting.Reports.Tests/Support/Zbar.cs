namespace Budgeting.Reports.Tests.Support;

/// <summary>Rasterizes every page of a PDF with pdftoppm and reads the QR codes on them with zbarimg (zbar-tools).</summary>
internal static class Zbar
{
    public static IReadOnlyList<string> DecodeQrCodes(Poppler poppler, int dpi)
    {
        var directory = Path.GetDirectoryName(poppler.PdfPath)!;
        Poppler.Run("pdftoppm", "-r", dpi.ToString(), "-png", poppler.PdfPath, Path.Combine(directory, "qr"));
        var images = Directory.GetFiles(directory, "qr*.png").Order(StringComparer.Ordinal);
        var decoded = Poppler.Run("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", .. images]);
        return decoded.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
