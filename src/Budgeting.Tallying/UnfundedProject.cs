namespace Budgeting.Tallying;

/// <summary>A project not funded, and why.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Cost">Its cost.</param>
/// <param name="Reason">The reason.</param>
public sealed record UnfundedProject(string ProjectId, long Cost, UnfundedReason Reason)
{
    /// <summary>For <see cref="UnfundedReason.SupportersMoneyRanOut"/>: cost minus what its supporters had left.</summary>
    public Rational? Missing { get; init; }

    /// <summary>For <see cref="UnfundedReason.DidNotFit"/>: the budget left at the end.</summary>
    public long? RemainingBudget { get; init; }
}
