using System.Diagnostics;

namespace Budgeting.EndToEnd.Tests;

/// <summary>One printed voting code: the code as its card shows it (<c>7KQ2-MXH4-RDA9</c>) and the address its QR opens.</summary>
public sealed record PrintedCode(string Code, string Url);

/// <summary>
/// Reads a downloaded batch of codes back the way people meet it: the PDF sheet as a phone camera sees the paper
/// (pdftoppm rasterizes every page at 150 dpi, zbarimg from zbar-tools decodes the QR codes), its printed text
/// (pdftotext), and the CSV list (columns code,district,url).
/// </summary>
public static class CodeSheet
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The address in each QR code on the sheet, in the order zbarimg finds them.</summary>
    public static async Task<IReadOnlyList<string>> ReadQrCodesAsync(string pdf)
    {
        var folder = Directory.CreateTempSubdirectory("budgeting-e2e-qr-").FullName;
        try
        {
            await RunAsync("pdftoppm", "-r", "150", "-png", pdf, Path.Combine(folder, "page"));
            var pages = Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal).ToArray();
            Assert.That(pages, Is.Not.Empty, $"pdftoppm made no page images of {pdf}");
            var decoded = await RunAsync("zbarimg", ["--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", .. pages]);
            return decoded.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sheet's text, as pdftotext gives it.</summary>
    public static Task<string> ReadTextAsync(string pdf) => RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>The rows of the CSV list, after checking its header; fields are plain (no quoting needed in the tests' names).</summary>
    public static async Task<IReadOnlyList<(string Code, string District, string Url)>> ReadCsvAsync(string csv)
    {
        // File.ReadAllLinesAsync drops the byte order mark the app writes for spreadsheets.
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.That(lines, Is.Not.Empty, $"{csv} is empty");
        Assert.That(lines[0], Is.EqualTo("code,district,url"));
        return lines.Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var fields = line.Split(',');
            Assert.That(fields, Has.Length.EqualTo(3), $"CSV row \"{line}\"");
            return (fields[0], fields[1], fields[2]);
        }).ToList();
    }

    /// <summary>Runs a command-line tool this test started and gives back its output; fails with its error output.</summary>
    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {ToolTimeout.TotalSeconds:0} s.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        }
        return await stdout;
    }
}
