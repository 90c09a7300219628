namespace Budgeting.Tallying;

/// <summary>One voter's ballot.</summary>
/// <param name="VoterId">The Pabulib <c>voter_id</c>.</param>
/// <param name="Projects">
/// Project ids: approved (approval, choose-1), given points (cumulative, scoring) or ranked best first (ordinal).
/// May be empty.
/// </param>
/// <param name="Points">For cumulative and scoring ballots, the points given to each entry of <paramref name="Projects"/>.</param>
public sealed record Ballot(string VoterId, IReadOnlyList<string> Projects, IReadOnlyList<long>? Points = null)
{
    /// <summary>Other VOTES columns (age, sex, ...), by header name, kept for round-tripping.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
