using Budgeting.Core.Processes;
using Budgeting.Core.Proposals;

namespace Budgeting.Core.Projects;

/// <summary>
/// A project on a ballot: a proposal ruled feasible, or one an organizer added directly (from an assembly or a paper
/// form). The set of projects freezes with the other voting rules when voting opens.
/// </summary>
public sealed class Project
{
    private Project()
    {
        Title = Description = "";
    }

    public int Id { get; private set; }

    public int ProcessId { get; private set; }

    /// <summary>The district whose ballot lists the project; null for the city-wide ballot.</summary>
    public int? DistrictId { get; private set; }

    public int CategoryId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public long Cost { get; private set; }

    public string? Location { get; private set; }

    public string? PhotoKey { get; private set; }

    /// <summary>The proposal this project comes from; null when an organizer added it directly.</summary>
    public int? ProposalId { get; private set; }

    public static Project FromProposal(Proposal proposal)
    {
        if (proposal.Status != ProposalStatus.Feasible)
        {
            throw new InvalidOperationException("Only a feasible proposal becomes a ballot project.");
        }
        var project = new Project { ProcessId = proposal.ProcessId, ProposalId = proposal.Id };
        project.CopyFrom(proposal);
        return project;
    }

    /// <summary>An organizer adds a project directly; refused once the rules are frozen.</summary>
    public static (Project? Project, DomainResult Result) Add(Process process, ProposalDraft details, DateTime nowUtc)
    {
        if (process.AreRulesFrozen(nowUtc))
        {
            return (null, DomainResult.Fail(DomainErrors.RulesFrozen));
        }
        var placement = process.CheckPlacement(details.DistrictId, details.CategoryId, details.EstimatedCost);
        if (!placement.Succeeded)
        {
            return (null, placement);
        }
        var project = new Project
        {
            ProcessId = process.Id,
            DistrictId = details.DistrictId,
            CategoryId = details.CategoryId,
            Title = details.Title.Trim(),
            Description = details.Description.Trim(),
            Cost = details.EstimatedCost,
            Location = string.IsNullOrWhiteSpace(details.Location) ? null : details.Location.Trim(),
        };
        return (project, DomainResult.Ok);
    }

    /// <summary>Follows a new ruling or edit of the proposal this project comes from.</summary>
    public void CopyFrom(Proposal proposal)
    {
        DistrictId = proposal.DistrictId;
        CategoryId = proposal.CategoryId;
        Title = proposal.Title;
        Description = proposal.Description;
        Cost = proposal.Cost;
        Location = proposal.Location;
        PhotoKey = proposal.PhotoKey;
    }
}
