using System.Globalization;

namespace Budgeting.Core.Voting;

/// <summary>
/// An accepted ballot in canonical form, so two equal votes are stored identically: ranked ballots list projects by
/// rank, every other type by project id; each project appears once. It carries nothing about the voter.
/// <see cref="BallotRules.Check"/> makes them; the constructor is for ballots read back from storage and only sorts.
/// </summary>
public sealed record CanonicalBallot
{
    public CanonicalBallot(BallotBoxId box, BallotType type, IEnumerable<BallotChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Box = box;
        Type = type;
        Choices = type == BallotType.Ranked
            ? choices.OrderBy(c => c.Value).ThenBy(c => c.ProjectId).ToArray()
            : choices.OrderBy(c => c.ProjectId).ToArray();
    }

    public BallotBoxId Box { get; }

    public BallotType Type { get; }

    public IReadOnlyList<BallotChoice> Choices { get; }

    public bool Equals(CanonicalBallot? other) =>
        other is not null && Box == other.Box && Type == other.Type && Choices.SequenceEqual(other.Choices);

    public override int GetHashCode() => HashCode.Combine(Box, Type, Choices.Count);

    /// <summary>The choices as text, <c>projectId:value</c> joined by commas (e.g. <c>3:1,7:1</c>).</summary>
    public override string ToString() => string.Join(",", Choices.Select(c =>
        c.ProjectId.ToString(CultureInfo.InvariantCulture) + ":" + c.Value.ToString(CultureInfo.InvariantCulture)));
}
