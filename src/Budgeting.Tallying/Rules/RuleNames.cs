namespace Budgeting.Tallying;

/// <summary>The pabutools-style suffixes of satisfaction functions in rule identifiers.</summary>
internal static class RuleNames
{
    public static string Suffix(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Cost => "cost_sat",
        Satisfaction.Cardinality => "cardinality_sat",
        Satisfaction.AdditiveCardinal => "additive_cardinal_sat",
        Satisfaction.AdditiveBorda => "additive_borda_sat",
        Satisfaction.PointsTimesCost => "points_times_cost_sat",
        _ => throw new ArgumentOutOfRangeException(nameof(satisfaction)),
    };

    public static string Greedy(Satisfaction satisfaction) => "greedy_" + Suffix(satisfaction);
}
