namespace Budgeting.Tallying;

/// <summary>The outcome of a rule: what was funded, in which order and why, and why the rest was not.</summary>
/// <param name="Rule">The rule identifier, e.g. <c>mes_cost_sat_add1_greedy</c>.</param>
/// <param name="Selected">Funded project ids in the order the rule chose them.</param>
/// <param name="TotalCost">Total cost of the funded projects, in minor units.</param>
/// <param name="Budget">The budget limit, in minor units.</param>
/// <param name="Rounds">One entry per funded project, in order.</param>
/// <param name="Unfunded">One entry per project not funded, in project order.</param>
public sealed record TallyResult(
    string Rule,
    IReadOnlyList<string> Selected,
    long TotalCost,
    long Budget,
    IReadOnlyList<TallyRound> Rounds,
    IReadOnlyList<UnfundedProject> Unfunded)
{
    /// <summary>For maximum-welfare rules, the optimal total satisfaction.</summary>
    public Rational? Welfare { get; init; }

    /// <summary>For equal shares, the per-voter budget of the run that gave the outcome.</summary>
    public Rational? VoterBudget { get; init; }

    /// <summary>For iterated rules (Add1, budget increase), how many complete runs were made.</summary>
    public int Runs { get; init; } = 1;
}
