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
    public const string ProcessMeta = "budgeting_process";
    public const string ProcessNameMeta = "budgeting_process_name";
    public const string BoxMeta = "budgeting_box";
    public const string BoxNameMeta = "budgeting_box_name";

    /// <summary>The rule a process is tallied with unless the organizer chooses another.</summary>
    public static string DefaultRule(BallotType type) => type switch
    {
        BallotType.Approval or BallotType.Knapsack => "mes_cost_sat_add1_greedy",
        BallotType.Cumulative => "mes_additive_cardinal_sat_add1_greedy",
        _ => "greedy_cost_sat",
    };

    /// <summary>The rules the results page sets side by side: by votes, equal shares and Phragmén.</summary>
    public static IReadOnlyList<string> ComparisonRules(BallotType type) =>
        new[] { "greedy_cost_sat", DefaultRule(type) == "greedy_cost_sat" ? "mes_cost_sat_add1_greedy" : DefaultRule(type), "sequential_phragmen" }
            .Where(RulesFor(type).Contains).ToList();

    /// <summary>What each rule funds in each box, from the boxes' published files: rule → box key → selected ids.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Compare(
        IReadOnlyList<BoxOutcome> boxes, IEnumerable<string> rules)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var elections = boxes.Select(b => (b.BoxKey, Election: PabulibReader.Read(new StringReader(b.Pabulib)))).ToList();
        return rules.ToDictionary(rule => rule, rule => (IReadOnlyDictionary<string, IReadOnlyList<string>>)elections
            .ToDictionary(e => e.BoxKey, e => (IReadOnlyList<string>)RuleCatalog.Tally(e.Election, rule).Selected.Order(StringComparer.Ordinal).ToList()));
    }

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
            Projects = [.. profile.Projects.Select(p => p with { Name = counted.Titles[int.Parse(p.Id, CultureInfo.InvariantCulture)] })],
            Meta =
            [
                .. profile.Meta,
                new("description", $"{process.Name} · {counted.Name}"),
                new("currency", process.CurrencyCode),
                new(ProcessMeta, process.Id.ToString(CultureInfo.InvariantCulture)),
                new(ProcessNameMeta, process.Name),
                new(BoxMeta, counted.Box.Id.Key),
                new(BoxNameMeta, counted.Name),
            ],
        };
        var pabulib = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        PabulibWriter.Write(election, pabulib);
        // Tallied as read back from the published file, in the file's money units, so the outcome is exactly what anyone
        // (this library or pabutools) computes from the open data: Add1 steps by one unit of the file's money.
        return Outcome(PabulibReader.Read(new StringReader(pabulib.ToString())), pabulib.ToString(), rule);
    }

    /// <summary>
    /// The outcome of one box from its published Pabulib file: the same function serves the tally from the database and
    /// anyone recomputing it from the open data, so both give the same canonical bytes.
    /// </summary>
    public static BoxOutcome Outcome(Election election, string pabulib, string rule)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(pabulib);
        var result = RuleCatalog.Tally(election, rule);
        var scale = MinorUnitScale(election);
        var votes = election.Ballots.SelectMany(b => b.Projects.Distinct()).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var unfunded = result.Unfunded.ToDictionary(u => u.ProjectId);
        var projects = election.Projects.ToDictionary(p => p.Id);
        ProjectOutcome Of(string id, bool funded) => new(id, projects[id].Name ?? id,
            projects[id].Cost * scale, votes.GetValueOrDefault(id), funded, funded ? null : unfunded.GetValueOrDefault(id)?.Reason,
            funded ? null : Ceiling(unfunded.GetValueOrDefault(id)?.Missing?.Times(scale)));
        var outcomes = result.Selected.Select(id => Of(id, true))
            .Concat(projects.Keys.Except(result.Selected).OrderByDescending(id => votes.GetValueOrDefault(id))
                .ThenBy(id => id, StringComparer.Ordinal).Select(id => Of(id, false)))
            .ToList();
        var boxKey = election.MetaValue(BoxMeta) ?? "";
        return new BoxOutcome(boxKey, BallotBoxKey.DistrictOf(boxKey), election.MetaValue(BoxNameMeta) ?? "", election.Budget * scale,
            election.Ballots.Count, pabulib, Sha256(pabulib), result.TotalCost * scale, outcomes);
    }

    /// <summary>Minor units of the file's currency (META <c>currency</c>) in one money unit of the file as read.</summary>
    private static long MinorUnitScale(Election election)
    {
        var digits = Money.Currency.Find(election.MetaValue("currency") ?? "")?.MinorDigits ?? election.MoneyDecimals;
        var scale = 1L;
        for (var i = election.MoneyDecimals; i < digits; i++)
        {
            scale *= 10;
        }
        return scale;
    }

    /// <summary>Money missing, rounded up to whole minor units so the page never says less was missing than was.</summary>
    private static long? Ceiling(Rational? missing) => missing is not { } m ? null : (long)-(-m).Floor();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
