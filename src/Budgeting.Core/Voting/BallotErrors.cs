namespace Budgeting.Core.Voting;

/// <summary>
/// Stable codes of <see cref="BallotError"/>; the web layer turns each into a localized message whose placeholders
/// are the error's <see cref="BallotError.Arguments"/> in order (given after each code below).
/// </summary>
public static class BallotErrors
{
    // Rejections of a cast ballot.

    /// <summary>Voting has not opened yet.</summary>
    public const string VotingNotOpen = "VotingNotOpen";

    /// <summary>Voting has closed.</summary>
    public const string VotingClosed = "VotingClosed";

    /// <summary>The voter may not vote in this ballot box.</summary>
    public const string NotEligible = "NotEligible";

    /// <summary>The voter voted on paper at a polling station, which cannot be changed online.</summary>
    public const string VotedOnPaper = "VotedOnPaper";

    /// <summary>No project chosen where a blank ballot is not allowed.</summary>
    public const string Empty = "Empty";

    /// <summary>More projects than allowed: (max).</summary>
    public const string TooMany = "TooMany";

    /// <summary>Fewer projects than required: (min).</summary>
    public const string TooFew = "TooFew";

    /// <summary>Total cost over the ballot's budget: (limit, total).</summary>
    public const string OverBudget = "OverBudget";

    /// <summary>Total cost under the required share of the budget: (minimum amount, total).</summary>
    public const string UnderMinimumShare = "UnderMinimumShare";

    /// <summary>Points do not add up to the total to distribute: (expected, actual).</summary>
    public const string PointsNotSumming = "PointsNotSumming";

    /// <summary>More points than there are to distribute: (total, actual).</summary>
    public const string TooManyPoints = "TooManyPoints";

    /// <summary>More points on one project than allowed: (max); carries the project.</summary>
    public const string TooManyPointsOnOne = "TooManyPointsOnOne";

    /// <summary>Zero or negative points (leave a project out instead of giving it 0); carries the project.</summary>
    public const string NegativeOrZeroPoints = "NegativeOrZeroPoints";

    /// <summary>A value other than 1 on a ballot that only marks projects (tampering); carries the project.</summary>
    public const string InvalidMark = "InvalidMark";

    /// <summary>Two projects given the same rank: (rank).</summary>
    public const string DuplicateRank = "DuplicateRank";

    /// <summary>A rank outside 1..k: (k); carries the project.</summary>
    public const string RankOutOfRange = "RankOutOfRange";

    /// <summary>Ranks skip a number: (first missing rank).</summary>
    public const string RankGap = "RankGap";

    /// <summary>The same project appears twice; carries the project.</summary>
    public const string DuplicateProject = "DuplicateProject";

    /// <summary>The project is not on this ballot (another district's, withdrawn or unknown); carries the project.</summary>
    public const string ProjectNotOnBallot = "ProjectNotOnBallot";

    // Refusals of a ballot design.

    /// <summary>A count, total or rank number below its least sensible value: (least allowed).</summary>
    public const string ValueTooSmall = "ValueTooSmall";

    /// <summary>The minimum number of projects is above the maximum: (min, max).</summary>
    public const string MinAboveMax = "MinAboveMax";

    /// <summary>The cap per project is above the points to distribute: (cap, total).</summary>
    public const string CapAboveTotal = "CapAboveTotal";

    /// <summary>The minimum share of the budget is outside 0–100 %: (basis points).</summary>
    public const string ShareOutOfRange = "ShareOutOfRange";

    /// <summary>A parameter this ballot type needs is missing.</summary>
    public const string MissingParameter = "MissingParameter";
}
