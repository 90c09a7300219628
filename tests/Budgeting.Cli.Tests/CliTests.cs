using System.Text.Json;
using static Budgeting.Cli.Tests.Support.CliRun;

namespace Budgeting.Cli.Tests;

public class CliTests
{
    private string _temp = "";

    [SetUp]
    public void CreateTempDirectory()
    {
        _temp = Path.Combine(Path.GetTempPath(), "budgeting-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void DeleteTempDirectory() => Directory.Delete(_temp, recursive: true);

    [Test]
    public void TallyPrintsOneJsonObjectWithTheSelectionSortedById()
    {
        var (code, stdout, stderr) = Run("tally", Sample("Netherlands_Assen_2024"), "--rule", "mes_cost_sat_add1", "--json");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.That(root.GetProperty("rule").GetString(), Is.EqualTo("mes_cost_sat_add1"));
        Assert.That(root.GetProperty("selected").EnumerateArray().Select(e => e.GetString()),
            Is.EqualTo(new[] { "11", "12", "13", "14", "2", "3", "5", "6", "9" }));
        Assert.That(root.GetProperty("total_cost").GetRawText(), Is.EqualTo("76700"));
        Assert.That(root.GetProperty("seconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
        Assert.That(stdout.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void TallyWithoutJsonPrintsTheTraceAndTheReasons()
    {
        var (code, stdout, _) = Run("tally", Sample("Netherlands_Assen_2024"), "--rule", "mes");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("rule: mes_cost_sat").And.Contain("equal-shares").And.Contain("voter(s) paid")
            .And.Contain("supporters' money ran out"));
    }

    [TestCase("greedy_points", "greedy_points_times_cost_sat")]
    [TestCase("phragmen", "sequential_phragmen")]
    [TestCase("MES_COST_SAT_ADD1_GREEDY", "mes_cost_sat_add1_greedy")]
    [TestCase("max_welfare_cost_sat_ilp_cbc", "max_welfare_cost_sat")]
    public void AcceptsAliases(string alias, string canonical)
    {
        var (code, stdout, _) = Run("tally", Sample("Switzerland_Zurich_S5D10"), "--rule", alias, "--json");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(JsonDocument.Parse(stdout).RootElement.GetProperty("rule").GetString(), Is.EqualTo(canonical));
    }

    [Test]
    public void MissingFileIsAnInputError()
    {
        var (code, stdout, stderr) = Run("tally", Path.Combine(_temp, "nope.pb"), "--rule", "greedy_cost_sat", "--json");

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("file not found").And.Contain("nope.pb"));
    }

    [Test]
    public void UnknownRuleIsAUsageError()
    {
        var (code, _, stderr) = Run("tally", Sample("Netherlands_Assen_2024"), "--rule", "borda_count");

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.Contain("unknown rule 'borda_count'"));
    }

    [Test]
    public void MalformedFileIsAnInputErrorNamingTheLine()
    {
        var path = Path.Combine(_temp, "bad.pb");
        File.WriteAllText(path, "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n");

        var (code, _, stderr) = Run("tally", path, "--rule", "greedy_cost_sat");

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stderr, Does.Contain("bad.pb: line 7: cost 'ten'"));
    }

    [TestCase("frobnicate")]
    [TestCase("tally")]
    public void BadCommandLinesAreUsageErrors(string command)
    {
        var (code, _, stderr) = Run(command);

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.Contain("budgeting:"));
    }

    [Test]
    public void ConvertWritesGzipThatTalliesTheSame()
    {
        var gz = Path.Combine(_temp, "zurich.pb.gz");

        var (code, _, _) = Run("convert", Sample("Switzerland_Zurich_S5D10"), gz);
        var original = Run("tally", Sample("Switzerland_Zurich_S5D10"), "--rule", "mes_additive_cardinal_sat", "--json").Stdout;
        var converted = Run("tally", gz, "--rule", "mes_additive_cardinal_sat", "--json").Stdout;

        Assert.That(code, Is.EqualTo(0));
        Assert.That(Selected(converted), Is.EqualTo(Selected(original)));
    }

    [Test]
    public void ConvertWritesJson()
    {
        var output = Path.Combine(_temp, "assen.json");

        Run("convert", Sample("Netherlands_Assen_2024"), output);

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.That(json.RootElement.GetProperty("ballots").GetArrayLength(), Is.EqualTo(84));
        Assert.That(json.RootElement.GetProperty("budget").GetInt64(), Is.EqualTo(100000));
    }

    [Test]
    public void GenerateIsReproducibleFromTheSeed()
    {
        var a = Path.Combine(_temp, "a.pb");
        var b = Path.Combine(_temp, "b.pb");
        var c = Path.Combine(_temp, "c.pb");

        Run("generate", "--voters", "500", "--projects", "20", "--seed", "3", "--out", a);
        Run("generate", "--voters", "500", "--projects", "20", "--seed", "3", "--out", b);
        Run("generate", "--voters", "500", "--projects", "20", "--seed", "4", "--out", c);

        Assert.That(File.ReadAllText(a), Is.EqualTo(File.ReadAllText(b)));
        Assert.That(File.ReadAllText(a), Is.Not.EqualTo(File.ReadAllText(c)));
        var (code, stdout, _) = Run("tally", a, "--rule", "mes_cost_sat_add1_greedy", "--json");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(Selected(stdout), Is.Not.Empty);
    }

    [Test]
    public void BenchComparesEachRuleWithPabutools()
    {
        var (code, stdout, _) = Run("bench", Sample("Poland_Zabrze_2020_Grzybowice"));

        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("mes_cost_sat_add1_greedy").And.Contain("sequential_phragmen"));
        Assert.That(stdout, Does.Not.Contain(" NO"));
        Assert.That(stdout.Split('\n').Count(l => l.TrimEnd().EndsWith("yes", StringComparison.Ordinal)), Is.EqualTo(14));
    }

    [Test]
    public void RulesListsEveryPabutoolsIdentifier()
    {
        var (code, stdout, _) = Run("rules");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Does.Contain("mes_cost_sat_budget_increase_greedy").And.Contain("max_welfare_additive_borda_sat").And.Contain("greedy_additive_borda_sat"));
    }

    private static string[] Selected(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
