namespace Budgeting.Core.Voting;

/// <summary>A project as a ballot box sees it: its id and its cost in minor units.</summary>
public readonly record struct BallotProject(int Id, long Cost);
