namespace Budgeting.Tallying;

/// <summary>One step of a rule: a project funded.</summary>
/// <param name="Number">1-based position in the selection.</param>
/// <param name="ProjectId">The funded project.</param>
/// <param name="Stage">The part of the rule that funded it: <c>initial</c>, <c>greedy</c>, <c>equal-shares</c>, <c>phragmen</c>, <c>max-welfare</c>.</param>
/// <param name="Cost">The project's cost.</param>
/// <param name="Support">Total satisfaction of its supporters (votes for approval with cardinality).</param>
/// <param name="Price">
/// Equal shares: ρ, the price per unit of satisfaction (a supporter with satisfaction u pays min(budget, ρ·u)).
/// Phragmén: the new maximal load. Greedy: null.
/// </param>
/// <param name="RemainingBudget">Budget left after funding it.</param>
public sealed record TallyRound(
    int Number,
    string ProjectId,
    string Stage,
    long Cost,
    Rational Support,
    Rational? Price,
    long RemainingBudget)
{
    /// <summary>Equal shares: what supporter groups paid, poorest first (empty for other rules).</summary>
    public IReadOnlyList<SupporterPayment> Payments { get; init; } = [];
}
