using System.Globalization;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Tests.Voting;

/// <summary>
/// A district box of process 1 with a budget of 1000 and projects 1–5 costing 100–500, and helpers that read and
/// write ballots as compact text: choices as <c>projectId:value</c> joined by commas, errors as
/// <see cref="BallotError.ToString"/> joined by spaces.
/// </summary>
internal static class Ballots
{
    public static readonly BallotBoxId DistrictBox = new(1, 10);

    public static BallotBox Box(long budget = 1000) => new(DistrictBox, budget,
        [new(1, 100), new(2, 200), new(3, 300), new(4, 400), new(5, 500)]);

    public static BallotRules Rules(BallotDesign design) =>
        BallotRules.Create(design).Rules ?? throw new ArgumentException("Invalid design in a test.", nameof(design));

    public static List<BallotChoice> Choices(string text) => text.Length == 0
        ? []
        : [.. text.Split(',').Select(pair => pair.Split(':')).Select(p => new BallotChoice(
            int.Parse(p[0], CultureInfo.InvariantCulture), long.Parse(p[1], CultureInfo.InvariantCulture)))];

    /// <summary>Checks during voting, for an eligible voter, and returns the errors or "ok" plus the canonical ballot.</summary>
    public static string Outcome(BallotDesign design, string choices, long budget = 1000)
    {
        var check = Rules(design).Check(Choices(choices), Box(budget), Phase.Voting, Eligibility.Yes);
        return Describe(check);
    }

    public static string Describe(BallotCheck check) => check.Accepted
        ? "ok " + check.Ballot
        : string.Join(" ", check.Errors);
}

internal sealed class Eligibility(bool answer) : IVoterEligibility
{
    public static readonly Eligibility Yes = new(true);

    public static readonly Eligibility No = new(false);

    public List<BallotBoxId> Asked { get; } = [];

    public bool MayVoteIn(BallotBoxId box)
    {
        Asked.Add(box);
        return answer;
    }
}
