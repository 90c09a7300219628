namespace Budgeting.Tallying.Tests.Support;

/// <summary>Small elections written by hand or drawn at random from a seed.</summary>
internal static class Elections
{
    public static Election Approval(long budget, string projects, params string[] ballots) =>
        new(budget, VoteType.Approval, ParseProjects(projects),
            ballots.Select((b, i) => new Ballot((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Split(b))).ToList());

    public static Election Random(int seed)
    {
        var random = new Random(seed);
        var voteType = (VoteType)random.Next(5);
        var ids = new[] { "1", "2", "9", "10", "c2", "c10", "a", "b" }.OrderBy(_ => random.Next()).Take(random.Next(2, 8)).ToList();
        var projects = ids.Select(id => new Project(id, random.Next(10) == 0 ? 0 : random.Next(1, 11))).ToList();
        var ballots = new List<Ballot>();
        var voters = random.Next(1, 9);
        for (var v = 0; v < voters; v++)
        {
            var chosen = ids.Where(_ => random.Next(3) == 0).OrderBy(_ => random.Next()).ToList();
            var points = voteType is VoteType.Cumulative or VoteType.Scoring ? chosen.Select(_ => (long)random.Next(1, 6)).ToList() : null;
            if (voteType == VoteType.ChooseOne)
            {
                chosen = chosen.Take(1).ToList();
            }
            ballots.Add(new Ballot(v.ToString(System.Globalization.CultureInfo.InvariantCulture), chosen, points));
        }
        return new Election(random.Next(3, 25), voteType, projects, ballots);
    }

    /// <summary>
    /// A few dozen approval voters and round costs: Add1 needs hundreds of increments, many runs share their first
    /// rounds, and equal prices (exact ties) are common.
    /// </summary>
    public static Election RandomMedium(int seed)
    {
        var random = new Random(seed);
        var projects = Enumerable.Range(1, random.Next(5, 11))
            .Select(i => new Project(i.ToString(System.Globalization.CultureInfo.InvariantCulture), 100 * random.Next(1, 11)))
            .ToList();
        var ballots = Enumerable.Range(0, random.Next(10, 41))
            .Select(v => new Ballot(
                v.ToString(System.Globalization.CultureInfo.InvariantCulture),
                projects.Where(_ => random.Next(3) == 0).Select(p => p.Id).ToList()))
            .ToList();
        return new Election(100 * random.Next(10, 41), VoteType.Approval, projects, ballots);
    }

    public static Election Shuffled(Election election, int seed)
    {
        var random = new Random(seed);
        return election with
        {
            Projects = election.Projects.OrderBy(_ => random.Next()).ToList(),
            Ballots = election.Ballots.OrderBy(_ => random.Next()).ToList(),
        };
    }

    private static List<Project> ParseProjects(string projects) =>
        projects.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':'))
            .Select(p => new Project(p[0], long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static List<string> Split(string ballot) =>
        ballot.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
