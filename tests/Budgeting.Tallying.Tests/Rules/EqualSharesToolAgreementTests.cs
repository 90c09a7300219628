using System.Text.Json;
using Budgeting.Tallying.Tests.Support;

namespace Budgeting.Tallying.Tests.Rules;

public class EqualSharesToolAgreementTests
{
    [TestCase("mes_cost_sat_add1", "add1_exhaustive_fractions")]
    [TestCase("mes_cost_sat_add1_greedy", "add1u_exhaustive")]
    public void Add1OnBudapestMatchesTheEqualSharesToolWherePabutoolsDidNotFinish(string rule, string mode)
    {
        const string instance = "Hungary_Budapest_2023_VIII_Jozsefvaros";
        var election = Samples.Load(instance);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Directory, "expected", instance + ".equalshares.json")));
        var tool = doc.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("mode").GetString() == mode);

        var result = RuleCatalog.Tally(election, rule);

        Assert.That(result.Selected, Is.EquivalentTo(tool.GetProperty("selected").EnumerateArray().Select(e => e.GetString())));
        Assert.That(result.TotalCost, Is.EqualTo(tool.GetProperty("total_cost").GetInt64()));
        Assert.That(result.VoterBudget, Is.EqualTo(new Rational(election.Budget, election.Ballots.Count) + 74755),
            "per-voter budget 163,398.69 + 74,755 HUF, as the tool found");
    }
}
