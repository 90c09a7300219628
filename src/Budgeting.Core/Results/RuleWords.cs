namespace Budgeting.Core.Results;

/// <summary>
/// Which plain-language pieces explain a rule, as stable keys a caller turns into text in its language: the family
/// name, then the paragraphs in order (e.g. EqualShares, Add1, GreedyCompletion, VotesNote for
/// <c>mes_cost_sat_add1_greedy</c>).
/// </summary>
public static class RuleWords
{
    public static string Family(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.StartsWith("mes_", StringComparison.Ordinal) ? "EqualShares"
            : rule.StartsWith("greedy_", StringComparison.Ordinal) ? "Greedy"
            : rule.StartsWith("max_welfare_", StringComparison.Ordinal) ? "MaxWelfare"
            : "Phragmen";
    }

    public static IReadOnlyList<string> Paragraphs(string rule)
    {
        var family = Family(rule);
        List<string> keys = [family == "Greedy" ? "Greedy." + rule["greedy_".Length..] : family];
        if (family == "EqualShares")
        {
            if (rule.Contains("_add1", StringComparison.Ordinal))
            {
                keys.Add("Add1");
            }
            if (rule.Contains("_budget_increase", StringComparison.Ordinal))
            {
                keys.Add("BudgetIncrease");
            }
            if (rule.EndsWith("_greedy", StringComparison.Ordinal))
            {
                keys.Add("GreedyCompletion");
            }
        }
        keys.Add("VotesNote");
        return keys;
    }
}
