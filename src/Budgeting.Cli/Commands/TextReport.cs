using System.Globalization;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Commands;

/// <summary>The readable output of <c>tally</c>: the funded projects, the round-by-round trace, the unfunded ones and why.</summary>
internal static class TextReport
{
    public static void Write(TallyResult result, Election election, double seconds, TextWriter o)
    {
        string M(long v) => PabulibWriter.FormatMoney(v, election.MoneyDecimals);
        var names = election.Projects.ToDictionary(p => p.Id, p => p.Name ?? "", StringComparer.Ordinal);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule: {result.Rule}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"budget: {M(result.Budget)}   spent: {M(result.TotalCost)}   left: {M(result.Budget - result.TotalCost)}   voters: {election.Ballots.Count}   projects: {election.Projects.Count}"));
        if (result.VoterBudget is { } vb)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per-voter budget: {Show(vb, election)} ({result.Runs} run(s))"));
        }
        if (result.Welfare is { } w)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"welfare: {w}"));
        }
        o.WriteLine();
        o.WriteLine("round  project       cost          support        price (ρ / load)     remaining     stage");
        foreach (var r in result.Rounds)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Number,5}  {Trim(r.ProjectId, 12),-12}  {M(r.Cost),12}  {Approx(r.Support),13}  {(r.Price is { } p ? Approx(p) : "-"),19}  {M(r.RemainingBudget),12}  {r.Stage}  {Trim(names[r.ProjectId], 40)}"));
            foreach (var pay in r.Payments)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"         {pay.Voters,8} voter(s) paid {Show(pay.EachPaid, election)} each{(pay.PaidAll ? " (all they had left)" : "")}"));
            }
        }
        o.WriteLine();
        o.WriteLine("not funded:");
        foreach (var u in result.Unfunded)
        {
            var detail = u.Reason switch
            {
                UnfundedReason.SupportersMoneyRanOut => $"supporters' money ran out, {Show(u.Missing ?? Rational.Zero, election)} missing",
                UnfundedReason.DidNotFit => $"did not fit ({M(u.RemainingBudget ?? 0)} left)",
                UnfundedReason.BelowThreshold => "below the support threshold",
                UnfundedReason.NoSupport => "nobody supported it",
                UnfundedReason.RuleStopped => "the rule stopped before reaching it",
                UnfundedReason.NotInOptimum => "not in the optimal set",
                _ => u.Reason.ToString(),
            };
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Trim(u.ProjectId, 12),-12}  {M(u.Cost),12}  {detail}"));
        }
        o.WriteLine();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"selected ({result.Selected.Count}): {string.Join(", ", result.Selected.Order(StringComparer.Ordinal))}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"computed in {seconds:0.000} s"));
    }

    private static string Show(Rational minor, Election election)
    {
        var units = minor.DividedBy(election.MinorUnitsPerUnit);
        return units.IsInteger ? units.ToString() : units.ToDouble().ToString("0.####", CultureInfo.InvariantCulture) + " (≈)";
    }

    private static string Approx(Rational r) =>
        r.IsInteger ? r.ToString() : r.ToDouble().ToString("G8", CultureInfo.InvariantCulture);

    private static string Trim(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
