namespace Budgeting.Core.Voting;

/// <summary>The checks of a ballot's marks against the rules and the box; each adds every problem it finds.</summary>
internal static class BallotContentCheck
{
    /// <summary>
    /// Adds the problems to <paramref name="errors"/> and returns the first mark of each listed project, in canonical
    /// order. Totals count every such mark except one whose value is meaningless for the total (negative points, a
    /// rank out of range), so a tampered value can neither hide nor offset another problem.
    /// </summary>
    public static IReadOnlyList<BallotChoice> Run(BallotRules rules, List<BallotChoice> choices, BallotBox box, List<BallotError> errors)
    {
        if (choices.Count == 0)
        {
            if (!rules.AllowsBlank)
            {
                errors.Add(new BallotError(BallotErrors.Empty));
            }
            return [];
        }
        var marked = new List<BallotChoice>();
        var seen = new HashSet<int>();
        var reported = new HashSet<int>();
        foreach (var choice in choices)
        {
            if (!box.Lists(choice.ProjectId))
            {
                errors.Add(new BallotError(BallotErrors.ProjectNotOnBallot, projectId: choice.ProjectId));
            }
            else if (!seen.Add(choice.ProjectId))
            {
                if (reported.Add(choice.ProjectId))
                {
                    errors.Add(new BallotError(BallotErrors.DuplicateProject, projectId: choice.ProjectId));
                }
            }
            else
            {
                marked.Add(choice);
                if (ValueError(rules, choice) is { } error)
                {
                    errors.Add(error);
                }
            }
        }
        CheckCount(rules, marked.Count, errors);
        switch (rules.Type)
        {
            case BallotType.Knapsack:
                CheckCost(rules, marked, box, errors);
                break;
            case BallotType.Cumulative:
                CheckPoints(rules, marked.Where(c => c.Value > 0), errors);
                break;
            case BallotType.Ranked:
                CheckRanks(marked.Where(c => c.Value >= 1 && c.Value <= rules.Ranks), errors);
                break;
        }
        return rules.Type == BallotType.Ranked
            ? [.. marked.OrderBy(c => c.Value)]
            : [.. marked.OrderBy(c => c.ProjectId)];
    }

    private static BallotError? ValueError(BallotRules rules, BallotChoice choice) => rules.Type switch
    {
        BallotType.Cumulative when choice.Value <= 0 =>
            new BallotError(BallotErrors.NegativeOrZeroPoints, projectId: choice.ProjectId),
        BallotType.Cumulative when choice.Value > rules.MaxPointsPerProject =>
            new BallotError(BallotErrors.TooManyPointsOnOne, [rules.MaxPointsPerProject], choice.ProjectId),
        BallotType.Ranked when choice.Value < 1 || choice.Value > rules.Ranks =>
            new BallotError(BallotErrors.RankOutOfRange, [rules.Ranks], choice.ProjectId),
        BallotType.Approval or BallotType.Knapsack or BallotType.ChooseOne when choice.Value != 1 =>
            new BallotError(BallotErrors.InvalidMark, projectId: choice.ProjectId),
        _ => null,
    };

    private static void CheckCount(BallotRules rules, int projects, List<BallotError> errors)
    {
        if (projects > rules.MaxProjects)
        {
            errors.Add(new BallotError(BallotErrors.TooMany, [rules.MaxProjects.Value]));
        }
        var least = rules.Type switch
        {
            BallotType.Approval => rules.MinProjects,
            BallotType.Ranked when !rules.AllowFewerRanks => rules.Ranks,
            _ => 0,
        };
        if (projects < least)
        {
            errors.Add(new BallotError(BallotErrors.TooFew, [least]));
        }
    }

    private static void CheckCost(BallotRules rules, List<BallotChoice> marked, BallotBox box, List<BallotError> errors)
    {
        // Int128 cannot overflow on a sum of longs of any list that fits in memory.
        Int128 total = 0;
        foreach (var choice in marked)
        {
            total += box.CostOf(choice.ProjectId);
        }
        if (total > box.Budget)
        {
            errors.Add(new BallotError(BallotErrors.OverBudget, [box.Budget, Saturate(total)]));
        }
        var least = MinimumSpend(box.Budget, rules.MinShareBasisPoints);
        if (total < least)
        {
            errors.Add(new BallotError(BallotErrors.UnderMinimumShare, [least, Saturate(total)]));
        }
    }

    private static void CheckPoints(BallotRules rules, IEnumerable<BallotChoice> marked, List<BallotError> errors)
    {
        Int128 sum = 0;
        foreach (var choice in marked)
        {
            sum += choice.Value;
        }
        if (rules.MustUseAllPoints && sum != rules.TotalPoints)
        {
            errors.Add(new BallotError(BallotErrors.PointsNotSumming, [rules.TotalPoints, Saturate(sum)]));
        }
        else if (sum > rules.TotalPoints)
        {
            errors.Add(new BallotError(BallotErrors.TooManyPoints, [rules.TotalPoints, Saturate(sum)]));
        }
    }

    private static void CheckRanks(IEnumerable<BallotChoice> marked, List<BallotError> errors)
    {
        var ranks = new HashSet<long>();
        var reported = new HashSet<long>();
        foreach (var choice in marked)
        {
            if (!ranks.Add(choice.Value) && reported.Add(choice.Value))
            {
                errors.Add(new BallotError(BallotErrors.DuplicateRank, [choice.Value]));
            }
        }
        for (long rank = 1; rank <= ranks.Count; rank++)
        {
            if (!ranks.Contains(rank))
            {
                errors.Add(new BallotError(BallotErrors.RankGap, [rank]));
                break;
            }
        }
    }

    /// <summary>The least total cost that reaches the share: the budget times the share, rounded up.</summary>
    internal static long MinimumSpend(long budget, int basisPoints)
    {
        var product = (Int128)budget * basisPoints;
        return checked((long)((product + 9_999) / 10_000));
    }

    private static long Saturate(Int128 value) => value > long.MaxValue ? long.MaxValue : (long)value;
}
