using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Core.Results;

/// <summary>The ballots of one box, as counted: the box with its projects and the canonical ballots cast in it.</summary>
public sealed record CountedBox(BallotBox Box, string Name, IReadOnlyDictionary<int, string> Titles, IReadOnlyList<CanonicalBallot> Ballots);

/// <summary>
/// Tallies a closed process box by box with one rule: each box becomes a Pabulib election (<see cref="BallotProfile"/>),
/// written out as the published input, and the rule's outcome is read back into <see cref="BoxOutcome"/>s.
/// </summary>
public static class ProcessTally
{
    /// <summary>The rule a process is tallied with unless the organizer chooses another.</summary>
    public static string DefaultRule(BallotType type) => type switch
    {
        BallotType.Approval or BallotType.Knapsack => "mes_cost_sat_add1_greedy",
        BallotType.Cumulative => "mes_additive_cardinal_sat_add1_greedy",
        _ => "greedy_cost_sat",
    };

    /// <summary>The rules offered for a ballot type, by their Pabulib vote type.</summary>
    public static IReadOnlyList<string> RulesFor(BallotType type) => RuleCatalog.NamesFor(BallotProfile.VoteTypeOf(type));

    public static IReadOnlyList<BoxOutcome> Run(Process process, BallotRules rules, IEnumerable<CountedBox> boxes, string rule)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(boxes);
        var digits = Money.Currency.Find(process.CurrencyCode)?.MinorDigits ?? 2;
        return boxes.Select(counted => Tally(process, rules, counted, rule, digits)).ToList();
    }

    private static BoxOutcome Tally(Process process, BallotRules rules, CountedBox counted, string rule, int digits)
    {
        var profile = BallotProfile.ToElection(counted.Box, rules, counted.Ballots, digits);
        var election = profile with
        {
            Meta = [.. profile.Meta, new("description", $"{process.Name} · {counted.Name}"), new("currency", process.CurrencyCode)],
        };
        var pabulib = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        PabulibWriter.Write(election, pabulib);
        var result = RuleCatalog.Tally(election, rule);
        var votes = counted.Ballots.SelectMany(b => b.Choices).GroupBy(c => c.ProjectId).ToDictionary(g => g.Key, g => g.Count());
        var unfunded = result.Unfunded.ToDictionary(u => int.Parse(u.ProjectId, CultureInfo.InvariantCulture));
        var funded = result.Selected.Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
        var projects = counted.Box.Projects.ToDictionary(p => p.Id);
        var outcomes = funded
            .Select(id => new ProjectOutcome(id, counted.Titles[id], projects[id].Cost, votes.GetValueOrDefault(id), true, null, null))
            .Concat(projects.Keys.Except(funded).OrderByDescending(id => votes.GetValueOrDefault(id)).ThenBy(id => id)
                .Select(id => new ProjectOutcome(id, counted.Titles[id], projects[id].Cost, votes.GetValueOrDefault(id), false,
                    unfunded.GetValueOrDefault(id)?.Reason, Ceiling(unfunded.GetValueOrDefault(id)?.Missing))))
            .ToList();
        return new BoxOutcome(counted.Box.Id.Key, counted.Box.Id.DistrictId, counted.Name, counted.Box.Budget, counted.Ballots.Count,
            pabulib.ToString(), Sha256(pabulib.ToString()), result.TotalCost, outcomes);
    }

    /// <summary>Money missing, rounded up to whole minor units so the page never says less was missing than was.</summary>
    private static long? Ceiling(Rational? missing) => missing is not { } m ? null : (long)-(-m).Floor();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
