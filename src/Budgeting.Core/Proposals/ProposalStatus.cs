namespace Budgeting.Core.Proposals;

public enum ProposalStatus
{
    /// <summary>Sent by its author and waiting for a reviewer; the author may still edit it while proposals are open.</summary>
    Submitted,

    /// <summary>A reviewer found it feasible and set its final cost; it is a project on the ballot.</summary>
    Feasible,

    /// <summary>A reviewer found it not feasible, with a written reason.</summary>
    NotFeasible,

    /// <summary>A reviewer merged it into another proposal that says the same; it points to the kept one.</summary>
    Merged,
}
