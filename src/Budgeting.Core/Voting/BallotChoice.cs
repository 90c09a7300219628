namespace Budgeting.Core.Voting;

/// <summary>
/// One mark on a ballot, the same shape for every ballot type: <see cref="Value"/> is 1 for approval, knapsack and
/// choose-one, the points given for cumulative, and the rank (1 = favourite) for ranked.
/// </summary>
public readonly record struct BallotChoice(int ProjectId, long Value);
