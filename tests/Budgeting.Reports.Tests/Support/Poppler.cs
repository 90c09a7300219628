using System.Diagnostics;

namespace Budgeting.Reports.Tests.Support;

/// <summary>Runs poppler-utils on a PDF written to a temporary file.</summary>
internal sealed class Poppler : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgeting-reports-").FullName;

    public Poppler(byte[] pdf)
    {
        PdfPath = Path.Combine(_directory, "document.pdf");
        File.WriteAllBytes(PdfPath, pdf);
    }

    public string PdfPath { get; }

    /// <summary>The text of each page, in order, as pdftotext -layout gives it.</summary>
    public IReadOnlyList<string> PageTexts()
    {
        var text = Run("pdftotext", "-layout", "-enc", "UTF-8", PdfPath, "-");
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }
        return pages;
    }

    /// <summary>The fonts pdffonts lists under its two header lines: each one's name and whether it is embedded.</summary>
    public IReadOnlyList<(string Name, bool Embedded)> Fonts() =>
        Run("pdffonts", PdfPath).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            // Columns: name, type (may be two words), encoding, emb, sub, uni, object ID; "emb" is fifth from the right.
            .Select(columns => (columns[0], columns[^5] == "yes"))
            .ToList();

    public string Info() => Run("pdfinfo", PdfPath);

    /// <summary>Page <paramref name="page"/> rendered in grey at <paramref name="dpi"/>, as rows of 0–255 values.</summary>
    public byte[,] RenderGray(int page, int dpi)
    {
        var prefix = Path.Combine(_directory, "page");
        Run("pdftoppm", "-gray", "-r", dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-singlefile", PdfPath, prefix);
        return ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static byte[,] ReadPgm(byte[] pgm)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }
            return System.Text.Encoding.ASCII.GetString(pgm, start, position - start);
        }
        Assert.That(Token(), Is.EqualTo("P5"));
        int width = int.Parse(Token()), height = int.Parse(Token());
        Token();
        position++;
        var pixels = new byte[height, width];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[y, x] = pgm[position + y * width + x];
            }
        }
        return pixels;
    }

    /// <summary>Runs a command-line tool and gives back its output; throws with its error output when it fails.</summary>
    internal static string Run(string tool, params string[] arguments)
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
