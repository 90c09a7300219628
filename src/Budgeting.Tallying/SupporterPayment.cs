namespace Budgeting.Tallying;

/// <summary>What a group of supporters paid for a project under equal shares.</summary>
/// <param name="Voters">Number of voters in the group.</param>
/// <param name="EachPaid">What each of them paid, in minor units.</param>
/// <param name="PaidAll">True when they spent all the money they had left.</param>
public sealed record SupporterPayment(long Voters, Rational EachPaid, bool PaidAll);
