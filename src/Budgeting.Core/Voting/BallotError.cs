using System.Globalization;

namespace Budgeting.Core.Voting;

/// <summary>
/// One problem with a cast ballot or a ballot design: a code from <see cref="BallotErrors"/>, the numbers its message
/// shows, and where to show it: next to a project's choice (<see cref="ProjectId"/>), next to a field of the design
/// form (<see cref="Field"/>, a <see cref="BallotDesign"/> property name), or at the top when both are null.
/// </summary>
public sealed record BallotError
{
    public BallotError(string code, IReadOnlyList<long>? arguments = null, int? projectId = null, string? field = null)
    {
        Code = code;
        Arguments = arguments?.ToArray() ?? [];
        ProjectId = projectId;
        Field = field;
    }

    public string Code { get; }

    public IReadOnlyList<long> Arguments { get; }

    public int? ProjectId { get; }

    public string? Field { get; }

    public bool Equals(BallotError? other) =>
        other is not null
        && Code == other.Code
        && ProjectId == other.ProjectId
        && Field == other.Field
        && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Code, ProjectId, Field, Arguments.Count);

    /// <summary>A compact form such as <c>OverBudget(1000,1200)@7</c>, for logs and test failures.</summary>
    public override string ToString()
    {
        var text = Code;
        if (Arguments.Count > 0)
        {
            text += "(" + string.Join(",", Arguments.Select(a => a.ToString(CultureInfo.InvariantCulture))) + ")";
        }
        if (ProjectId is { } project)
        {
            text += "@" + project.ToString(CultureInfo.InvariantCulture);
        }
        return Field is null ? text : text + "#" + Field;
    }
}
