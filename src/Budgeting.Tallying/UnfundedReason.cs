namespace Budgeting.Tallying;

/// <summary>Why a project was not funded.</summary>
public enum UnfundedReason
{
    /// <summary>Its cost was more than the budget left when its turn came.</summary>
    DidNotFit,

    /// <summary>Equal shares: its supporters had less money left than its cost; see <see cref="UnfundedProject.Missing"/>.</summary>
    SupportersMoneyRanOut,

    /// <summary>It had fewer supporters than the rule's threshold.</summary>
    BelowThreshold,

    /// <summary>Nobody gave it positive satisfaction, and no completion step funded it.</summary>
    NoSupport,

    /// <summary>Phragmén stopped (a tied best project did not fit) before reaching it.</summary>
    RuleStopped,

    /// <summary>Maximum welfare: it is not in the optimal set found.</summary>
    NotInOptimum,
}
