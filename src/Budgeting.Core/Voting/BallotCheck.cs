namespace Budgeting.Core.Voting;

/// <summary>The answer of <see cref="BallotRules.Check"/>: the canonical ballot to store, or every reason it does not count.</summary>
public sealed class BallotCheck
{
    private BallotCheck(CanonicalBallot? ballot, IReadOnlyList<BallotError> errors)
    {
        Ballot = ballot;
        Errors = errors;
    }

    /// <summary>The ballot to store; null when rejected.</summary>
    public CanonicalBallot? Ballot { get; }

    /// <summary>Why the ballot was rejected; empty when accepted.</summary>
    public IReadOnlyList<BallotError> Errors { get; }

    public bool Accepted => Ballot is not null;

    internal static BallotCheck Accept(CanonicalBallot ballot) => new(ballot, []);

    internal static BallotCheck Reject(IReadOnlyList<BallotError> errors) => new(null, errors);
}
