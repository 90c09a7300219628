using Budgeting.Core.Voting;

namespace Budgeting.Web.Data.Seeding;

/// <summary>The shape of samples/demo/process.json; amounts in major units, phase dates in days from the first run.</summary>
public sealed record DemoProcessFile(
    string Name,
    string Description,
    string TimeZone,
    string Currency,
    decimal? CityWideBudget,
    DemoPhaseDays PhaseDays,
    BallotDesign Ballot,
    IReadOnlyList<string> Categories,
    IReadOnlyList<DemoDistrict> Districts,
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<DemoProposal> OtherProposals);

public sealed record DemoPhaseDays(int ProposalsOpen, int ReviewOpen, int VotingOpen, int VotingClose);

public sealed record DemoDistrict(string Name, decimal Budget, IReadOnlyList<DemoProject> Projects);

public sealed record DemoProject(string Title, string Description, string Category, decimal Cost, string? Location);

public sealed record DemoAccount(string Email, string DisplayName, IReadOnlyList<string> Roles, string? District);

/// <summary>A proposal that did not become a project, so the demo shows every status; the author is an account e-mail.</summary>
public sealed record DemoProposal(
    string District,
    string Title,
    string Description,
    string Category,
    decimal Cost,
    string? Location,
    string Status,
    string? Reason,
    string? MergedInto,
    string Author);
