using System.Text.Json;
using Budgeting.Cli.Tests.Support;
using static Budgeting.Cli.Tests.Support.CliRun;

namespace Budgeting.Cli.Tests;

public class VerifyCommandTests
{
    private string _folder = "";

    private string ResultJson => Path.Combine(_folder, "result.json");

    private string DistrictPb => Path.Combine(_folder, "0-10.pb");

    [SetUp]
    public void PublishAProcess()
    {
        _folder = Path.Combine(Path.GetTempPath(), "budgeting-verify-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        PublishedFolder.Write(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void VerifiesWhatTheWebAppPublishes()
    {
        var (code, stdout, stderr) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.Ok), stdout + stderr);
        Assert.That(stdout, Does.Contain("box 0/10 (0-10.pb): OK").And.Contain("box 0/city (0-city.pb): OK")
            .And.Contain($"sha256 {PublishedFolder.Hash(_folder)}"));
        Assert.That(Lines(stdout)[^1], Does.StartWith("VERIFIED: ").And.EndWith("matches result.sha256"));
    }

    [Test]
    public void VerifiesAgainstTheHashPrintedOnTheReport()
    {
        var (code, stdout, _) = Run("verify", _folder, "--hash", PublishedFolder.Hash(_folder).ToUpperInvariant());

        Assert.That(code, Is.EqualTo(Cli.Ok), stdout);
        Assert.That(Lines(stdout)[^1], Does.EndWith("matches result.sha256 and --hash"));
    }

    [Test]
    public void VerifiesWithoutAHashFile()
    {
        File.Delete(Path.Combine(_folder, "result.sha256"));

        var (code, stdout, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.Ok), stdout);
        Assert.That(Lines(stdout)[^1], Does.EndWith("no published hash was given to compare"));
    }

    [Test]
    public void AChangedVoteCountIsNotVerifiedAndNamesTheBox()
    {
        PublishedFolder.ChangeBox(_folder, "0/city", box => box with
        {
            Projects = [.. box.Projects.Select(p => p.Id == "7" ? p with { Votes = p.Votes + 1 } : p)],
        });

        var (code, stdout, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        Assert.That(stdout, Does.Contain("box 0/10 (0-10.pb): OK").And.Contain("box 0/city (0-city.pb): NOT OK")
            .And.Contain("project 7 votes: result.json 3, recomputed 2"));
        Assert.That(Lines(stdout)[^1], Does.StartWith("NOT VERIFIED"));
    }

    [Test]
    public void AFlippedFundedFlagIsNotVerified()
    {
        PublishedFolder.ChangeBox(_folder, "0/10", box => box with
        {
            Projects = [.. box.Projects.Select(p => p.Id == "1" ? p with { Funded = !p.Funded } : p)],
        });

        var (code, stdout, _) = Run("verify", _folder, "--json");

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        var district = Box(stdout, "0/10");
        Assert.That(district.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(Problems(district), Has.Some.StartsWith("funded: result.json {"));
        Assert.That(Box(stdout, "0/city").GetProperty("ok").GetBoolean(), Is.True);
    }

    [Test]
    public void AChangedBallotIsNotTheInputTallied()
    {
        var text = File.ReadAllText(DistrictPb);
        File.WriteAllText(DistrictPb, text.Replace("\n5;5\n", "\n5;1\n", StringComparison.Ordinal));
        Assume.That(File.ReadAllText(DistrictPb), Is.Not.EqualTo(text));

        var (code, stdout, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        Assert.That(stdout, Does.Contain("box 0/10 (0-10.pb): NOT OK").And.Contain("0-10.pb is not the ballot file tallied"));
    }

    [Test]
    public void ChangedBytesWithTheSameOutcomeAreStillNotTheInputTallied()
    {
        File.AppendAllText(DistrictPb, "\n");

        var (code, stdout, _) = Run("verify", _folder, "--json");

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        Assert.That(Problems(Box(stdout, "0/10")), Has.Count.EqualTo(1).And.Some.Contains("is not the ballot file tallied"));
    }

    [Test]
    public void AProcessNameTheBallotFilesDoNotNameIsNotVerified()
    {
        var result = File.ReadAllText(ResultJson);
        PublishedFolder.WriteResult(_folder, result.Replace("\"process_name\":\"Presupuesto 2027\"", "\"process_name\":\"Presupuesto 2028\"", StringComparison.Ordinal));

        var (code, stdout, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        Assert.That(stdout, Does.Contain("process_name: result.json \"Presupuesto 2028\", 0-10.pb \"Presupuesto 2027\""));
    }

    [Test]
    public void AResultNotInCanonicalFormIsNotVerified()
    {
        var pretty = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(ResultJson)), new JsonSerializerOptions { WriteIndented = true });
        PublishedFolder.WriteResult(_folder, pretty);

        var (code, stdout, _) = Run("verify", _folder, "--json");

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        using var json = JsonDocument.Parse(stdout);
        Assert.That(json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()),
            Has.Some.StartsWith("result.json is not the canonical data of the recomputed result"));
    }

    [Test]
    public void AWrongHashIsNotVerified()
    {
        var (code, stdout, _) = Run("verify", _folder, "--hash", new string('a', 64));

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        Assert.That(stdout, Does.Contain($"--hash gives {new string('a', 64)}, not the SHA-256 of result.json"));
    }

    [Test]
    public void AHashFileThatDoesNotMatchIsNotVerified()
    {
        File.WriteAllText(Path.Combine(_folder, "result.sha256"), new string('0', 64) + "\n");

        var (code, _, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
    }

    [Test]
    public void ReadsAHashFileInSha256sumForm()
    {
        File.WriteAllText(Path.Combine(_folder, "result.sha256"), PublishedFolder.Hash(_folder) + "  result.json\n");

        var (code, stdout, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.Ok), stdout);
    }

    [Test]
    public void AResultWithoutBallotBoxesIsNotVerified()
    {
        PublishedFolder.WriteResult(_folder, "{\"boxes\":[],\"currency\":\"MXN\",\"process\":0,\"process_name\":\"Presupuesto 2027\",\"rule\":\"mes_cost_sat\",\"tie_breaking\":\"project-id\"}");

        var (code, stdout, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.NotVerified));
        Assert.That(stdout, Does.Contain("result.json lists no ballot box"));
    }

    [Test]
    public void PrintsOneJsonObject()
    {
        var (code, stdout, _) = Run("verify", _folder, "--json");

        Assert.That(code, Is.EqualTo(Cli.Ok));
        Assert.That(Lines(stdout), Has.Length.EqualTo(1));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "verified", "sha256", "problems", "boxes" }));
            Assert.That(root.GetProperty("verified").GetBoolean(), Is.True);
            Assert.That(root.GetProperty("sha256").GetString(), Is.EqualTo(PublishedFolder.Hash(_folder)));
            Assert.That(root.GetProperty("boxes").EnumerateArray().Select(b => (b.GetProperty("box").GetString(), b.GetProperty("ok").GetBoolean())),
                Is.EqualTo(new[] { ("0/10", true), ("0/city", true) }));
            Assert.That(root.GetProperty("boxes")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "box", "ok", "problems" }));
        });
    }

    [TestCase("result.json")]
    [TestCase("0-city.pb")]
    public void AMissingFileIsAnInputError(string file)
    {
        File.Delete(Path.Combine(_folder, file));

        var (code, stdout, stderr) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("file not found").And.Contain(file));
    }

    [TestCase("{\"boxes\":[")]
    [TestCase("garbage")]
    [TestCase("[]")]
    [TestCase("")]
    [TestCase("{\"boxes\":[],\"currency\":\"MXN\",\"process\":\"one\",\"process_name\":\"P\",\"rule\":\"mes_cost_sat\"}")]
    [TestCase("{\"boxes\":[{\"box\":null}],\"currency\":\"MXN\",\"process\":1,\"process_name\":\"P\",\"rule\":\"mes_cost_sat\"}")]
    [TestCase("{\"boxes\":[],\"currency\":\"MXN\",\"process\":1,\"process_name\":null,\"rule\":\"mes_cost_sat\"}")]
    [TestCase("{\"boxes\":[],\"currency\":\"MXN\",\"process\":1,\"process_name\":\"P\",\"rule\":\"borda_count\"}")]
    public void MalformedResultDataIsAnInputError(string json)
    {
        File.WriteAllText(ResultJson, json);

        var (code, _, stderr) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stderr, Does.StartWith("budgeting: ").And.Contain("result.json"));
    }

    [Test]
    public void ResultDataThatIsNotUtf8IsAnInputError()
    {
        File.WriteAllBytes(ResultJson, [0x7b, 0xff, 0x7d]);

        var (code, _, _) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.InputError));
    }

    [TestCase("garbage")]
    [TestCase("META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n")]
    public void AMalformedBallotFileIsAnInputError(string text)
    {
        File.WriteAllText(DistrictPb, text);

        var (code, _, stderr) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stderr, Does.Contain("0-10.pb"));
    }

    [Test]
    public void ABoxKeyCannotReachOutsideTheFolder()
    {
        PublishedFolder.ChangeBox(_folder, "0/city", box => box with { BoxKey = "../../etc/passwd" });

        var (code, _, stderr) = Run("verify", _folder);

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stderr, Does.Contain("..-..-etc-passwd.pb"));
    }

    [TestCase]
    [TestCase("--hash", "abc")]
    [TestCase("--colour", "blue")]
    public void BadArgumentsAreUsageErrors(params string[] options)
    {
        var (code, _, stderr) = Run(["verify", .. options.Length == 0 ? [] : new[] { _folder }.Concat(options)]);

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.StartWith("budgeting: "));
    }

    [Test]
    public void AMissingFolderIsAnInputError()
    {
        var (code, _, stderr) = Run("verify", Path.Combine(_folder, "nope"));

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stderr, Does.Contain("directory not found"));
    }

    [TestCase("Netherlands_Assen_2024", "mes_cost_sat_add1")]
    [TestCase("Switzerland_Zurich_S5D10", "mes_additive_cardinal_sat_add1_greedy")]
    public void VerifiesTheDataTheReportCommandWrites(string sample, string rule)
    {
        var folder = Path.Combine(_folder, "report");
        Directory.CreateDirectory(folder);
        var (reported, stdout, stderr) = Run("report", Sample(sample), "--rule", rule, "--out", Path.Combine(folder, "report.pdf"),
            "--data", Path.Combine(folder, "result.json"));
        Assert.That(reported, Is.EqualTo(Cli.Ok), stderr);
        File.Copy(Sample(sample), Path.Combine(folder, "0-pb.pb"));

        var (code, verified, _) = Run("verify", folder, "--hash", stdout.Trim().Split(' ')[^1]);

        Assert.That(code, Is.EqualTo(Cli.Ok), verified);
        Assert.That(verified, Does.Contain("box 0/pb (0-pb.pb): OK"));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static JsonElement Box(string json, string key) =>
        JsonDocument.Parse(json).RootElement.GetProperty("boxes").EnumerateArray().Single(b => b.GetProperty("box").GetString() == key);

    private static List<string> Problems(JsonElement box) => [.. box.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)];
}
