using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Budgeting.Core.Results;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;
using static Budgeting.Cli.Tests.Support.CliRun;

namespace Budgeting.Cli.Tests;

public class ReportCommandTests
{
    private string _temp = "";

    private string Pdf => Path.Combine(_temp, "report.pdf");

    public static IEnumerable<string> Samples() =>
        Directory.GetFiles(SamplesDirectory, "*.pb").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    [SetUp]
    public void CreateTempDirectory()
    {
        _temp = Path.Combine(Path.GetTempPath(), "budgeting-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void DeleteTempDirectory() => Directory.Delete(_temp, recursive: true);

    [TestCaseSource(nameof(Samples))]
    public void WritesAPdfNamingEverySelectedProject(string sample)
    {
        // The Stanford files give only a year as date_end, so every sample gets an explicit date.
        var (code, stdout, stderr) = Run("report", Sample(sample), "--rule", "greedy_cost_sat", "--date", "2026-05-01", "--out", Pdf);

        Assert.That(code, Is.EqualTo(Cli.Ok), stderr);
        var election = Read(sample);
        var selected = RuleCatalog.Tally(election, "greedy_cost_sat").Selected;
        var text = Collapse(PdfText(Pdf));
        var names = election.Projects.Where(p => selected.Contains(p.Id)).Select(p => Collapse(p.Name ?? p.Id)).ToList();
        Assert.That(names.Where(n => !text.Contains(n, StringComparison.Ordinal)), Is.Empty);
        Assert.That(stdout, Does.StartWith($"wrote {Pdf}: ").And.Contain($"{selected.Count} of {election.Projects.Count} projects funded"));
    }

    [Test]
    public void PrintsTheHashOfTheCanonicalDataItWrites()
    {
        var data = Path.Combine(_temp, "result.json");

        var (code, stdout, _) = Run("report", Sample("Netherlands_Assen_2024"), "--rule", "mes_cost_sat_add1", "--out", Pdf, "--data", data);

        Assert.That(code, Is.EqualTo(Cli.Ok));
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(data)));
        Assert.That(stdout.Trim(), Does.EndWith("sha256 " + hash));
        Assert.That(PdfText(Pdf), Does.Contain(hash).And.Contain("15 de abril de 2024").And.Contain("100,000.00 EUR"));
        var published = CanonicalResult.Read(File.ReadAllText(data));
        var box = published.Boxes.Single();
        Assert.Multiple(() =>
        {
            Assert.That((published.ProcessId, published.ProcessName, published.Currency, published.Rule),
                Is.EqualTo((0, "Assen Top Idee", "EUR", "mes_cost_sat_add1")));
            Assert.That((box.BoxKey, box.Name, box.Budget, box.TotalCost, box.Ballots), Is.EqualTo(("0/pb", "Assen", 10_000_000L, 7_670_000L, 84)));
            Assert.That(box.Projects.Where(p => p.Funded).Select(p => p.Id).Order(StringComparer.Ordinal),
                Is.EqualTo(new[] { "11", "12", "13", "14", "2", "3", "5", "6", "9" }));
            Assert.That(box.InputSha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Sample("Netherlands_Assen_2024"))))));
        });
    }

    [Test]
    public void AFileWithoutACurrencyIsCountedInItsOwnUnitsAndPrintedWithTwoDecimals()
    {
        var path = Path.Combine(_temp, "tiny.pb");
        File.WriteAllText(path, "META\nkey;value\ndescription;Tiny\nbudget;1000\nvote_type;approval\ndate_end;01.02.2024\n"
            + "PROJECTS\nproject_id;cost;name\n1;600;Uno\n2;500;Dos\nVOTES\nvoter_id;vote\n1;1\n2;1,2\n3;2\n");
        var data = Path.Combine(_temp, "result.json");

        var (code, _, stderr) = Run("report", path, "--rule", "greedy", "--lang", "en", "--out", Pdf, "--data", data);

        Assert.That(code, Is.EqualTo(Cli.Ok), stderr);
        var box = CanonicalResult.Read(File.ReadAllText(data)).Boxes.Single();
        Assert.That((box.Budget, box.TotalCost), Is.EqualTo((1000L, 600L)));
        Assert.That(PdfText(Pdf), Does.Contain("Budget: 1,000.00. Allocated: 600.00. Left: 400.00."));
    }

    [Test]
    public void HashesAGzippedFileAsTheTextInside()
    {
        var gz = Path.Combine(_temp, "assen.pb.gz");
        using (var file = File.Create(gz))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        {
            gzip.Write(File.ReadAllBytes(Sample("Netherlands_Assen_2024")));
        }

        var plain = Run("report", Sample("Netherlands_Assen_2024"), "--rule", "mes", "--out", Pdf).Stdout;
        var zipped = Run("report", gz, "--rule", "mes", "--out", Pdf).Stdout;

        Assert.That(zipped.Trim().Split(' ')[^1], Is.EqualTo(plain.Trim().Split(' ')[^1]));
    }

    [Test]
    public void WritesTheSameBytesTwice()
    {
        var second = Path.Combine(_temp, "again.pdf");

        Run("report", Sample("Poland_Warszawa_2023_Wesola"), "--rule", "mes", "--out", Pdf);
        Run("report", Sample("Poland_Warszawa_2023_Wesola"), "--rule", "mes", "--out", second);

        Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(Pdf)));
    }

    [Test]
    public void WritesEnglishWithTheVerificationUrl()
    {
        var (code, _, _) = Run("report", Sample("Switzerland_Zurich_S5D10"), "--rule", "greedy_points", "--lang", "en", "--verify-url", "https://example.org/verify/zurich", "--out", Pdf);

        Assert.That(code, Is.EqualTo(Cli.Ok));
        var text = PdfText(Pdf);
        Assert.That(text, Does.Contain("Results report").And.Contain("March 19, 2023").And.Contain("Verify the result at https://example.org/verify/zurich"));
        Assert.That(Regex.Matches(text, @"Page \d of \d"), Is.Not.Empty);
    }

    [TestCase("--rule", "greedy_cost_sat", Description = "no --out")]
    [TestCase("--out", "x.pdf", Description = "no --rule")]
    [TestCase("--rule", "borda_count", "--out", "x.pdf")]
    [TestCase("--rule", "greedy_cost_sat", "--out", "x.pdf", "--lang", "fr")]
    [TestCase("--rule", "greedy_cost_sat", "--out", "x.pdf", "--date", "07.09.2027")]
    [TestCase("--rule", "greedy_cost_sat", "--out", "x.pdf", "--colour", "blue")]
    public void BadArgumentsAreUsageErrors(params string[] options)
    {
        var (code, _, stderr) = Run(["report", Sample("Netherlands_Assen_2024"), .. options]);

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.StartWith("budgeting: "));
    }

    [Test]
    public void AFileWithoutAFullDateNeedsTheDateOption()
    {
        var (code, _, stderr) = Run("report", Sample("US_Stanford_Dataset_PB_Cambridge_2017_vote_approvals"), "--rule", "greedy", "--out", Pdf);

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.Contain("--date YYYY-MM-DD"));
        Assert.That(File.Exists(Pdf), Is.False);
    }

    [Test]
    public void MissingFileIsAnInputError()
    {
        var (code, stdout, stderr) = Run("report", Path.Combine(_temp, "nope.pb"), "--rule", "greedy_cost_sat", "--out", Pdf);

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("file not found").And.Contain("nope.pb"));
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static Election Read(string sample)
    {
        using var file = File.OpenRead(Sample(sample));
        return PabulibReader.Read(file);
    }

    /// <summary>pdftotext in content-stream order, so the lines of a wrapped table cell come out one after another.</summary>
    private static string PdfText(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-raw", "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pdftotext.");
        var text = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, errors);
        return text.Result;
    }
}
