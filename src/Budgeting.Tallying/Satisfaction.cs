namespace Budgeting.Tallying;

/// <summary>
/// How much a voter gains from a funded project, the satisfaction functions of pabutools
/// (<c>Cost_Sat</c>, <c>Cardinality_Sat</c>, <c>Additive_Cardinal_Sat</c>, <c>Additive_Borda_Sat</c>).
/// <see cref="Cost"/> and <see cref="Cardinality"/> read every project listed on a ballot as approved, whatever
/// the vote type (points and ranks are ignored), as pabutools does.
/// </summary>
public enum Satisfaction
{
    /// <summary>The project's cost, for each listed project (equalshares.net "cost utilities").</summary>
    Cost,

    /// <summary>1 for each listed project.</summary>
    Cardinality,

    /// <summary>The points given (cumulative, scoring); 1 per listed project on other ballots.</summary>
    AdditiveCardinal,

    /// <summary>On a ballot listing L projects, the project at 0-based position i scores L − i − 1.</summary>
    AdditiveBorda,

    /// <summary>Points times cost: greedy by this orders projects by total points ("greedy_points").</summary>
    PointsTimesCost,
}
