using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>bench</c>: times each rule on a file (median of --runs runs, after the file is parsed) and, given pabutools'
/// expected outcomes, shows pabutools' time, the speed-up and whether the selections agree.
/// </summary>
internal static class BenchCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--rule", "--runs", "--expected", "--json");
        if (options.Positional.Count != 1)
        {
            throw new UsageException("bench needs exactly one FILE.pb");
        }
        var path = options.Positional[0];
        var runs = (int)Math.Clamp(options.GetLong("--runs", 1), 1, 100);
        var parse = Stopwatch.StartNew();
        var election = Files.Read(path);
        var parseSeconds = parse.Elapsed.TotalSeconds;
        var expected = LoadExpected(options.Get("--expected") ?? GuessExpected(path));
        var rules = options.GetAll("--rule").Select(Files.Rule).ToList();
        if (rules.Count == 0)
        {
            rules = RuleCatalog.NamesFor(election.VoteType).Where(r => !r.EndsWith("budget_increase", StringComparison.Ordinal)).ToList();
        }
        var json = options.Has("--json");
        if (!json)
        {
            stdout.WriteLine($"{Path.GetFileName(path)}: {election.Ballots.Count} voters, {election.Projects.Count} projects, parsed in {parseSeconds:0.000} s");
            stdout.WriteLine($"{"rule",-40} {"seconds",10} {"pabutools s",12} {"speed-up",10}  same as pabutools");
        }
        foreach (var rule in rules)
        {
            var times = new List<double>();
            TallyResult? result = null;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                result = RuleCatalog.Tally(election, rule);
                times.Add(watch.Elapsed.TotalSeconds);
            }
            times.Sort();
            var median = times[times.Count / 2];
            expected.TryGetValue(rule, out var reference);
            var same = reference.Selected is null ? "-"
                : reference.Selected.SetEquals(result!.Selected) ? "yes"
                : rule.StartsWith("max_welfare", StringComparison.Ordinal) && reference.Welfare == result!.Welfare?.ToString() ? "yes (same welfare)"
                : "NO";
            if (json)
            {
                stdout.WriteLine(TallyCommand.Json(result!, election, median));
            }
            else
            {
                var speedup = reference.Seconds is { } s && median > 0 ? (s / median).ToString("0", CultureInfo.InvariantCulture) + "x" : "-";
                stdout.WriteLine($"{rule,-40} {median,10:0.0000} {(reference.Seconds is { } ps ? ps.ToString("0.000", CultureInfo.InvariantCulture) : "-"),12} {speedup,10}  {same}");
            }
        }
        return Cli.Ok;
    }

    private static string GuessExpected(string path)
    {
        var name = Path.GetFileName(path);
        name = name.EndsWith(".pb.gz", StringComparison.Ordinal) ? name[..^6] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "expected", name + ".expected.json");
    }

    private static Dictionary<string, (HashSet<string>? Selected, double? Seconds, string? Welfare)> LoadExpected(string path)
    {
        var map = new Dictionary<string, (HashSet<string>?, double?, string?)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return map;
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var r in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var rule = RuleCatalog.Canonical(r.GetProperty("rule").GetString() ?? "");
            if (rule is null || map.ContainsKey(rule) || r.GetProperty("status").GetString() != "ok")
            {
                continue;
            }
            var selected = r.GetProperty("selected").EnumerateArray().Select(x => x.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
            double? seconds = r.TryGetProperty("seconds", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : null;
            var welfare = r.TryGetProperty("welfare", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
            map[rule] = (selected, seconds, welfare);
        }
        return map;
    }
}
