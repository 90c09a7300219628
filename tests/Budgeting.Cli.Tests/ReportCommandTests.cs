using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Tests;

public class ReportCommandTests
{
    private static readonly string SamplesDirectory = Path.Combine(FindRoot(), "samples", "pabulib");

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
        Assert.That(File.ReadAllText(data), Does.StartWith("{\"budget\":100000,\"money_decimals\":0,\"rule\":\"mes_cost_sat_add1\",\"selected\":[\"11\",\"12\",\"13\",\"14\",\"2\",\"3\",\"5\",\"6\",\"9\"],\"total_cost\":76700,\"votes\":{"));
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

    private static string Sample(string name) => Path.Combine(SamplesDirectory, name + ".pb");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Budgeting.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Budgeting.sln not found");
    }
}
