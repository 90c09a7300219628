using Budgeting.Tallying.Tests.Support;

namespace Budgeting.Tallying.Tests.Rules;

[Parallelizable(ParallelScope.All)]
public class PabutoolsAgreementTests
{
    public static IEnumerable<TestCaseData> Finished() =>
        Samples.Instances.SelectMany(Samples.Expected)
            .Where(e => e.Status == "ok")
            .Select(e => new TestCaseData(e).SetName($"{e.Instance}_{e.Rule}"));

    public static IEnumerable<TestCaseData> Unfinished() =>
        Samples.Instances.SelectMany(Samples.Expected)
            .Where(e => e.Status != "ok")
            .Select(e => new TestCaseData(e).SetName($"{e.Instance}_{e.Rule}"));

    [TestCaseSource(nameof(Finished))]
    public void SelectsWhatPabutoolsSelects(ExpectedOutcome expected)
    {
        var election = Samples.Load(expected.Instance);
        var result = RuleCatalog.Tally(election, expected.Rule);

        if (expected.Rule.StartsWith("max_welfare", StringComparison.Ordinal))
        {
            Assert.That(result.Welfare?.ToString(), Is.EqualTo(expected.Welfare));
            Assert.That(Welfare(election, expected.Rule, expected.Selected!), Is.EqualTo(result.Welfare), "pabutools' set has the optimal welfare too");
        }
        else
        {
            Assert.That(result.Selected, Is.EquivalentTo(expected.Selected!));
            Assert.That(result.TotalCost.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected.TotalCost));
            if (expected.SelectionOrder is not null)
            {
                Assert.That(result.Selected, Is.EqualTo(expected.SelectionOrder));
            }
        }
        Assert.That(result.TotalCost, Is.LessThanOrEqualTo(election.Budget));
    }

    [TestCaseSource(nameof(Unfinished))]
    public void RuleThatPabutoolsDidNotFinishKeepsTheInvariants(ExpectedOutcome expected)
    {
        var election = Samples.Load(expected.Instance);
        var result = RuleCatalog.Tally(election, expected.Rule);

        Assert.That(result.TotalCost, Is.LessThanOrEqualTo(election.Budget));
        Assert.That(result.Selected, Is.Unique);
        Assert.That(result.Rounds.Select(r => r.ProjectId), Is.EqualTo(result.Selected));
        if (expected.Rule.EndsWith("_greedy", StringComparison.Ordinal))
        {
            var left = election.Budget - result.TotalCost;
            Assert.That(result.Unfunded.All(u => u.Cost > left), Is.True, "greedy completion leaves nothing that fits");
        }
    }

    private static Rational Welfare(Election election, string rule, IReadOnlyList<string> selected)
    {
        var chosen = selected.ToHashSet(StringComparer.Ordinal);
        var cost = election.Projects.ToDictionary(p => p.Id, p => p.Cost, StringComparer.Ordinal);
        long total = 0;
        foreach (var ballot in election.Ballots)
        {
            for (var i = 0; i < ballot.Projects.Count; i++)
            {
                var id = ballot.Projects[i];
                if (!chosen.Contains(id))
                {
                    continue;
                }
                total += rule switch
                {
                    _ when rule.Contains("cost_sat", StringComparison.Ordinal) => cost[id],
                    _ when rule.Contains("cardinality_sat", StringComparison.Ordinal) => 1,
                    _ when rule.Contains("additive_cardinal_sat", StringComparison.Ordinal) => ballot.Points![i],
                    _ => ballot.Projects.Count - i - 1,
                };
            }
        }
        return total;
    }
}
