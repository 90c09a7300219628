namespace Budgeting.Core.Voting;

/// <summary>How a voter fills a ballot; one type per process, shared by its district and city-wide ballots.</summary>
public enum BallotType
{
    /// <summary>Mark between a minimum and a maximum number of projects.</summary>
    Approval,

    /// <summary>Mark projects whose total cost fits the ballot's budget, optionally using a minimum share of it.</summary>
    Knapsack,

    /// <summary>Spread a number of points over projects, optionally with a cap per project.</summary>
    Cumulative,

    /// <summary>Rank the top k projects, 1 being the favourite.</summary>
    Ranked,

    /// <summary>Mark exactly one project.</summary>
    ChooseOne,
}
