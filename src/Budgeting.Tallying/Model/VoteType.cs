namespace Budgeting.Tallying;

/// <summary>The Pabulib vote types (the <c>vote_type</c> META entry).</summary>
public enum VoteType
{
    /// <summary>Each voter approves a set of projects.</summary>
    Approval,

    /// <summary>Each voter approves exactly one project; read as approval.</summary>
    ChooseOne,

    /// <summary>Each voter spreads points over projects.</summary>
    Cumulative,

    /// <summary>Each voter gives a score to projects.</summary>
    Scoring,

    /// <summary>Each voter ranks projects, best first.</summary>
    Ordinal,
}
