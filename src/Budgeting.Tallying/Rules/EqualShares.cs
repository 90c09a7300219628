using Budgeting.Tallying.Engine;

namespace Budgeting.Tallying;

/// <summary>
/// The Method of Equal Shares (Peters &amp; Skowron, "Proportionality and the Limits of Welfarism", EC 2020;
/// Peters, Pierczyński &amp; Skowron, NeurIPS 2021; equalshares.net), as computed by pabutools
/// <c>method_of_equal_shares</c>. Every voter starts with B/n. In each round, for every project whose supporters
/// still hold at least its cost, ρ is the smallest number such that supporters paying min(budget, ρ·u) cover the
/// cost (u: the supporter's satisfaction); the project with the smallest ρ is funded and paid that way. Projects
/// nobody supports are never bought; supported projects of cost zero are funded before the first round.
/// All arithmetic is exact (<see cref="Rational"/>); among projects with equal ρ the one ranked first by
/// <see cref="TieBreaking"/> wins (pabutools: smallest project id).
/// </summary>
public static class EqualShares
{
    /// <summary>Runs equal shares.</summary>
    /// <param name="election">The election.</param>
    /// <param name="satisfaction">The satisfaction function.</param>
    /// <param name="exhaustion">Add1, budget increase, or neither.</param>
    /// <param name="greedyCompletion">Then fund what still fits greedily (<see cref="GreedyWelfare"/>, same satisfaction).</param>
    /// <param name="tieBreaking">Tie-breaking; defaults to <see cref="TieBreaking.ProjectId"/>.</param>
    /// <param name="ruleName">The name recorded in the result.</param>
    public static TallyResult Tally(
        Election election,
        Satisfaction satisfaction,
        EqualSharesExhaustion exhaustion = EqualSharesExhaustion.None,
        bool greedyCompletion = false,
        TieBreaking? tieBreaking = null,
        string? ruleName = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        var profile = UtilityProfile.Build(election, satisfaction);
        var ranks = (tieBreaking ?? TieBreaking.ProjectId).Ranks(election.Projects);
        var engine = MesEngine.Create(profile, ranks);
        var (run, voterBudget, runs) = exhaustion switch
        {
            EqualSharesExhaustion.None => Single(engine, election),
            EqualSharesExhaustion.Add1 => Add1(engine, election),
            EqualSharesExhaustion.BudgetIncrease => BudgetIncrease(engine, election),
            _ => throw new ArgumentOutOfRangeException(nameof(exhaustion)),
        };
        if (exhaustion != EqualSharesExhaustion.None && voterBudget is { } final)
        {
            run = engine.Run(final, trace: true);
        }
        var selection = run?.Selection ?? engine.FreeOnly();
        if (greedyCompletion)
        {
            selection = selection.Clone();
            GreedyCore.Complete(selection, ranks);
        }
        var name = ruleName ?? Name(satisfaction, exhaustion, greedyCompletion);
        return selection.ToResult(name, p => Reason(selection, run, p, greedyCompletion)) with
        {
            VoterBudget = voterBudget,
            Runs = runs,
        };
    }

    private static (MesRun? Run, Rational? VoterBudget, int Runs) Single(MesEngine engine, Election election)
    {
        if (election.Ballots.Count == 0)
        {
            return (null, null, 0);
        }
        var b = new Rational(election.Budget, election.Ballots.Count);
        return (engine.Run(b, trace: true), b, 1);
    }

    private static (MesRun? Run, Rational? VoterBudget, int Runs) Add1(MesEngine engine, Election election)
    {
        if (election.Ballots.Count == 0)
        {
            return (null, null, 0);
        }
        var b = new Rational(election.Budget, election.Ballots.Count);
        MesRun? previous = null;
        Rational? previousBudget = null;
        var runs = 0;
        while (true)
        {
            var run = engine.Run(b, trace: false, election.MinorUnitsPerUnit);
            runs++;
            if (run.Selection.Cost > election.Budget)
            {
                return (previous, previousBudget, runs);
            }
            if (run.Selection.IsExhaustive(engine.Candidates))
            {
                return (run, b, runs);
            }
            (previous, previousBudget) = (run, b);
            if (run.HasHorizon && run.Horizon is null)
            {
                return (run, b, runs);
            }
            b += Steps(run, election.MinorUnitsPerUnit) * election.MinorUnitsPerUnit;
        }
    }

    private static (MesRun? Run, Rational? VoterBudget, int Runs) BudgetIncrease(MesEngine engine, Election election)
    {
        if (election.Ballots.Count == 0)
        {
            return (null, null, 0);
        }
        var n = election.Ballots.Count;
        var all = Enumerable.Range(0, election.Projects.Count).ToArray();
        var step = new Rational(election.Budget, 100);
        var bound = (Rational)election.Budget * (n + 1);
        Rational total = election.Budget;
        MesRun? previous = null;
        Rational? previousBudget = null;
        var runs = 0;
        while (total <= bound)
        {
            var b = total.DividedBy(n);
            var run = engine.Run(b, trace: false, step.DividedBy(n));
            runs++;
            if (run.Selection.Cost > election.Budget)
            {
                return (previous, previousBudget, runs);
            }
            if (run.Selection.IsExhaustive(all))
            {
                return (run, b, runs);
            }
            (previous, previousBudget) = (run, b);
            if (run.HasHorizon && run.Horizon is null)
            {
                return (run, b, runs);
            }
            total += step.Times(Steps(run, step.DividedBy(n)));
        }
        return (previous, previousBudget, runs);
    }

    /// <summary>
    /// How many increments to skip: every per-voter budget below b + horizon gives the same outcome as b (which was
    /// feasible and not exhaustive), so the first increment that can change anything is the first at or past it.
    /// </summary>
    private static long Steps(MesRun run, Rational increment)
    {
        var step = Bounds.Of(increment);
        if (run.Horizon is not { } horizon || horizon <= step.Hi)
        {
            return 1;
        }
        var steps = Math.Ceiling(Math.BitDecrement(horizon / step.Hi));
        return steps >= long.MaxValue / 4 ? long.MaxValue / 4 : Math.Max(1, (long)steps);
    }

    private static UnfundedProject Reason(Selection selection, MesRun? run, int p, bool greedyCompletion)
    {
        var project = selection.Profile.Projects[p];
        if (greedyCompletion)
        {
            return GreedyCore.Reason(selection, p);
        }
        if (selection.Profile.SupporterGroups[p].Length == 0)
        {
            return new UnfundedProject(project.Id, project.Cost, UnfundedReason.NoSupport);
        }
        var missing = run?.Missing[p] ?? project.Cost;
        return missing.Sign > 0
            ? new UnfundedProject(project.Id, project.Cost, UnfundedReason.SupportersMoneyRanOut) { Missing = missing }
            : new UnfundedProject(project.Id, project.Cost, UnfundedReason.DidNotFit) { RemainingBudget = selection.Remaining };
    }

    internal static string Name(Satisfaction satisfaction, EqualSharesExhaustion exhaustion, bool greedy) =>
        "mes_" + RuleNames.Suffix(satisfaction)
        + exhaustion switch
        {
            EqualSharesExhaustion.Add1 => "_add1",
            EqualSharesExhaustion.BudgetIncrease => "_budget_increase",
            _ => "",
        }
        + (greedy ? "_greedy" : "");
}
