using System.Globalization;
using Budgeting.Core.Results;

namespace Budgeting.Cli.Commands;

/// <summary>
/// What differs between a box's outcome as <c>result.json</c> publishes it and as recomputed from its ballots, in
/// words naming the result.json fields: the box's numbers, the funded set, then project by project.
/// </summary>
internal static class OutcomeDifferences
{
    public static IEnumerable<string> Between(BoxOutcome published, BoxOutcome recomputed)
    {
        var differences = new List<string>();
        void Compare<T>(string field, T theirs, T ours)
        {
            if (!EqualityComparer<T>.Default.Equals(theirs, ours))
            {
                differences.Add($"{field}: result.json {Show(theirs)}, recomputed {Show(ours)}");
            }
        }

        Compare("name", published.Name, recomputed.Name);
        Compare("budget", published.Budget, recomputed.Budget);
        Compare("ballots", published.Ballots, recomputed.Ballots);
        Compare("total_cost", published.TotalCost, recomputed.TotalCost);
        var (theirFunded, ourFunded) = (Funded(published), Funded(recomputed));
        if (theirFunded != ourFunded)
        {
            differences.Add($"funded: result.json {{{theirFunded}}}, recomputed {{{ourFunded}}}");
        }

        var theirs = published.Projects.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var ours in recomputed.Projects)
        {
            if (!theirs.TryGetValue(ours.Id, out var their))
            {
                differences.Add($"project {ours.Id} is missing from result.json");
                continue;
            }
            var project = $"project {ours.Id} ";
            Compare(project + "title", their.Title, ours.Title);
            Compare(project + "cost", their.Cost, ours.Cost);
            Compare(project + "votes", their.Votes, ours.Votes);
            Compare(project + "reason", their.Reason?.ToString(), ours.Reason?.ToString());
            Compare(project + "missing", their.Missing, ours.Missing);
        }
        var ids = recomputed.Projects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(theirs.Keys.Where(id => !ids.Contains(id)).Select(id => $"project {id} is in result.json but not in the ballot file"));
        if (differences.Count == 0 && !published.Projects.Select(p => p.Id).SequenceEqual(recomputed.Projects.Select(p => p.Id), StringComparer.Ordinal))
        {
            differences.Add("projects are not listed in the rule's order (funded as funded, then the rest by votes)");
        }
        return differences;
    }

    private static string Funded(BoxOutcome box) =>
        string.Join(", ", box.Projects.Where(p => p.Funded).Select(p => p.Id).Order(StringComparer.Ordinal));

    private static string Show<T>(T value) => value switch
    {
        null => "none",
        string text => "\"" + text + "\"",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
