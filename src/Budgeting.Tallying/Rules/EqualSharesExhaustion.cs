namespace Budgeting.Tallying;

/// <summary>How equal shares is made to spend more of the budget before any completion.</summary>
public enum EqualSharesExhaustion
{
    /// <summary>One run with the per-voter budget B/n.</summary>
    None,

    /// <summary>
    /// "Add1" (pabutools <c>voter_budget_increment=1</c>, equalshares.net): the per-voter budget is raised by one
    /// currency unit at a time until the outcome is exhaustive over the supported projects; the last outcome
    /// that does not overspend the real budget is kept.
    /// </summary>
    Add1,

    /// <summary>
    /// pabutools <c>exhaustion_by_budget_increase</c>: the whole budget is raised by 1 % of itself at a time until
    /// the outcome is exhaustive over all projects; the last outcome that does not overspend is kept.
    /// </summary>
    BudgetIncrease,
}
