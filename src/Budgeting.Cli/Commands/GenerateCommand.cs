using System.Globalization;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>generate</c>: a reproducible synthetic approval election for benchmarks. Projects get costs between 10,000 and
/// 1,000,000 and a popularity drawn from a Zipf-like law; each voter approves 1..K projects drawn by popularity,
/// with a preference for one of ten neighbourhoods. The same arguments always give the same file.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--voters", "--projects", "--seed", "--budget", "--max-approvals", "--out");
        var voters = (int)Math.Min(options.GetLong("--voters", 100_000), 10_000_000);
        var projects = (int)Math.Clamp(options.GetLong("--projects", 200), 1, 100_000);
        var seed = (int)options.GetLong("--seed", 1);
        var maxApprovals = (int)Math.Clamp(options.GetLong("--max-approvals", 5), 1, projects);
        var output = options.Get("--out") ?? throw new UsageException("generate needs --out FILE.pb");
        var election = Generate(voters, projects, seed, maxApprovals, options.Has("--budget") ? options.GetLong("--budget", 0) : null);
        using (var stream = File.Create(output))
        {
            PabulibWriter.Write(election, stream, gzip: output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
        }
        stdout.WriteLine($"wrote {output}: {projects} projects, {voters} voters, budget {election.Budget}, seed {seed}");
        return Cli.Ok;
    }

    public static Election Generate(int voters, int projectCount, int seed, int maxApprovals, long? budget)
    {
        var random = new Random(seed);
        var projects = new List<Project>(projectCount);
        var weights = new double[projectCount];
        var district = new int[projectCount];
        for (var i = 0; i < projectCount; i++)
        {
            var cost = (long)(10 + random.Next(0, 991)) * 1000;
            projects.Add(new Project("P" + (i + 1).ToString("D3", CultureInfo.InvariantCulture), cost, $"Project {i + 1}"));
            weights[i] = 1.0 / Math.Pow(i + 1 + random.NextDouble() * 5, 0.8);
            district[i] = random.Next(10);
        }
        var ballots = new List<Ballot>(voters);
        var chosen = new List<string>(maxApprovals);
        var total = weights.Sum();
        for (var v = 0; v < voters; v++)
        {
            chosen.Clear();
            var home = random.Next(10);
            var k = 1 + random.Next(maxApprovals);
            for (var attempt = 0; chosen.Count < k && attempt < 8 * k; attempt++)
            {
                var x = random.NextDouble() * total;
                var p = 0;
                while (p < projectCount - 1 && x >= weights[p])
                {
                    x -= weights[p++];
                }
                if (district[p] != home && random.NextDouble() < 0.5)
                {
                    continue;
                }
                if (!chosen.Contains(projects[p].Id))
                {
                    chosen.Add(projects[p].Id);
                }
            }
            ballots.Add(new Ballot((v + 1).ToString(CultureInfo.InvariantCulture), chosen.ToList()));
        }
        var b = budget ?? projects.Sum(p => p.Cost) / 10;
        return new Election(b, VoteType.Approval, projects, ballots)
        {
            Meta =
            [
                new("description", $"Synthetic election (budgeting generate --voters {voters} --projects {projectCount} --seed {seed})"),
                new("country", "none"),
                new("unit", "synthetic"),
                new("instance", seed.ToString(CultureInfo.InvariantCulture)),
                new("budget", b.ToString(CultureInfo.InvariantCulture)),
                new("vote_type", "approval"),
                new("max_length", maxApprovals.ToString(CultureInfo.InvariantCulture)),
            ],
        };
    }
}
