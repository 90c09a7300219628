namespace Budgeting.Core.Processes;

public enum Phase
{
    Draft,
    Proposals,
    Review,
    Voting,
    Closed,
    Published,
}
