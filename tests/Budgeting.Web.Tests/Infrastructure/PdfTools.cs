using System.Diagnostics;
using System.Globalization;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>Reads a downloaded PDF with poppler-utils (pdftotext, pdftoppm) and zbar-tools (zbarimg), in a temporary folder.</summary>
public sealed class PdfTools : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgeting-web-pdf-").FullName;

    public PdfTools(byte[] pdf)
    {
        PdfPath = Path.Combine(_directory, "document.pdf");
        File.WriteAllBytes(PdfPath, pdf);
    }

    public string PdfPath { get; }

    public string Text() => Run("pdftotext", "-enc", "UTF-8", PdfPath, "-");

    /// <summary>Every QR code on every page, rendered at <paramref name="dpi"/>, as zbarimg reads them.</summary>
    public IReadOnlyList<string> QrCodes(int dpi = 150)
    {
        Run("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-png", PdfPath, Path.Combine(_directory, "page"));
        var images = Directory.GetFiles(_directory, "page*.png").Order(StringComparer.Ordinal);
        return Run("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", .. images]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {stderr}");
        }
        return stdout.Result;
    }
}
