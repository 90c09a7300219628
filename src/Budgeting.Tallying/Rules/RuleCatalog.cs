namespace Budgeting.Tallying;

/// <summary>
/// Rules by their pabutools-style identifiers (<c>greedy_cost_sat</c>, <c>mes_cardinality_sat_add1_greedy</c>,
/// <c>sequential_phragmen</c>, <c>max_welfare_additive_borda_sat</c>, ...) plus a few friendlier aliases.
/// </summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["greedy"] = "greedy_cost_sat",
        ["greedy_points"] = "greedy_points_times_cost_sat",
        ["greedy_cost"] = "greedy_cost_sat",
        ["phragmen"] = "sequential_phragmen",
        ["sequential_phragmen_approval_projection"] = "sequential_phragmen",
        ["mes"] = "mes_cost_sat",
        ["equal_shares"] = "mes_cost_sat",
        ["equalshares"] = "mes_cost_sat",
        ["equalshares/add1"] = "mes_cost_sat_add1",
        ["mes_add1"] = "mes_cost_sat_add1_greedy",
        ["mes_budget_increase"] = "mes_cost_sat_budget_increase_greedy",
        ["max_welfare"] = "max_welfare_cost_sat",
    };

    private static readonly (string Suffix, Satisfaction Satisfaction)[] Satisfactions =
    [
        ("cost_sat", Satisfaction.Cost),
        ("cardinality_sat", Satisfaction.Cardinality),
        ("additive_cardinal_sat", Satisfaction.AdditiveCardinal),
        ("additive_borda_sat", Satisfaction.AdditiveBorda),
        ("points_times_cost_sat", Satisfaction.PointsTimesCost),
    ];

    /// <summary>The canonical identifiers of every rule (without aliases).</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>The rules that apply to a vote type (the ones pabutools' expected outcomes cover).</summary>
    public static IReadOnlyList<string> NamesFor(VoteType voteType)
    {
        var extra = voteType switch
        {
            VoteType.Cumulative or VoteType.Scoring => "additive_cardinal_sat",
            VoteType.Ordinal => "additive_borda_sat",
            _ => null,
        };
        return Names.Where(n =>
            (!n.Contains("additive_") || (extra is not null && n.Contains(extra)))
            && (!n.Contains("points_times_cost") || voteType is VoteType.Cumulative or VoteType.Scoring)).ToList();
    }

    /// <summary>The canonical identifier for <paramref name="name"/> (an identifier or an alias), or null if unknown.</summary>
    public static string? Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = Aliases.TryGetValue(name.Trim(), out var target) ? target : name.Trim().ToLowerInvariant();
        if (n.EndsWith("_ilp_cbc", StringComparison.Ordinal))
        {
            n = n[..^"_ilp_cbc".Length];
        }
        return Names.Contains(n) ? n : null;
    }

    /// <summary>Runs the rule named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a known rule.</exception>
    public static TallyResult Tally(Election election, string name, TieBreaking? tieBreaking = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        var rule = Canonical(name) ?? throw new ArgumentException($"unknown rule '{name}'", nameof(name));
        if (rule == "sequential_phragmen")
        {
            return SequentialPhragmen.Tally(election, tieBreaking);
        }
        var (suffix, satisfaction) = Satisfactions.First(s => rule.Contains("_" + s.Suffix, StringComparison.Ordinal)
            && (s.Suffix != "cost_sat" || !rule.Contains("points_times_cost_sat", StringComparison.Ordinal)));
        if (rule.StartsWith("greedy_", StringComparison.Ordinal))
        {
            return GreedyWelfare.Tally(election, satisfaction, tieBreaking, ruleName: rule);
        }
        if (rule.StartsWith("max_welfare_", StringComparison.Ordinal))
        {
            return MaxWelfare.Tally(election, satisfaction, tieBreaking) with { Rule = rule };
        }
        var tail = rule[("mes_" + suffix).Length..];
        var exhaustion = tail.StartsWith("_add1", StringComparison.Ordinal) ? EqualSharesExhaustion.Add1
            : tail.StartsWith("_budget_increase", StringComparison.Ordinal) ? EqualSharesExhaustion.BudgetIncrease
            : EqualSharesExhaustion.None;
        return EqualShares.Tally(election, satisfaction, exhaustion, tail.EndsWith("_greedy", StringComparison.Ordinal), tieBreaking, rule);
    }

    private static List<string> BuildNames()
    {
        var names = new List<string>();
        foreach (var (suffix, _) in Satisfactions)
        {
            names.Add("greedy_" + suffix);
        }
        names.Add("sequential_phragmen");
        foreach (var (suffix, _) in Satisfactions.Take(4))
        {
            foreach (var tail in new[] { "", "_greedy", "_add1", "_add1_greedy" })
            {
                names.Add("mes_" + suffix + tail);
            }
        }
        names.Add("mes_cost_sat_budget_increase");
        names.Add("mes_cost_sat_budget_increase_greedy");
        foreach (var (suffix, _) in Satisfactions.Take(4))
        {
            names.Add("max_welfare_" + suffix);
        }
        return names;
    }
}
