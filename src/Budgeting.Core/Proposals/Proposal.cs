using Budgeting.Core.Processes;

namespace Budgeting.Core.Proposals;

/// <summary>
/// A project idea from a resident. Its author can edit it while proposals are open; during review a reviewer rules
/// it feasible (with a final cost), not feasible (with a reason) or merges it into a duplicate. Every ruling carries
/// a written reason, as Mexico City's Órgano Dictaminador signs one per project.
/// </summary>
public sealed class Proposal
{
    private Proposal()
    {
        AuthorId = Title = Description = "";
    }

    public int Id { get; private set; }

    public int ProcessId { get; private set; }

    /// <summary>The district whose ballot the proposal is for; null for the city-wide ballot.</summary>
    public int? DistrictId { get; private set; }

    public int CategoryId { get; private set; }

    public string AuthorId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public long EstimatedCost { get; private set; }

    public string? Location { get; private set; }

    public string? PhotoKey { get; private set; }

    public ProposalStatus Status { get; private set; }

    public long? FinalCost { get; private set; }

    public string? RulingReason { get; private set; }

    public string? ReviewerId { get; private set; }

    public DateTime? RuledAtUtc { get; private set; }

    public int? MergedIntoId { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The cost the ballot uses: the reviewer's final cost once ruled feasible, the estimate before.</summary>
    public long Cost => FinalCost ?? EstimatedCost;

    public static (Proposal? Proposal, DomainResult Result) Submit(
        Process process, ProposalDraft draft, string authorId, string? photoKey, DateTime nowUtc)
    {
        var check = CheckDraft(process, draft, nowUtc);
        if (!check.Succeeded)
        {
            return (null, check);
        }
        var proposal = new Proposal
        {
            ProcessId = process.Id,
            AuthorId = authorId,
            Status = ProposalStatus.Submitted,
            SubmittedAtUtc = nowUtc,
        };
        proposal.Apply(draft, photoKey, nowUtc);
        return (proposal, DomainResult.Ok);
    }

    /// <summary>The author changes the proposal; <paramref name="photoKey"/> replaces the photo (null keeps it).</summary>
    public DomainResult Edit(Process process, ProposalDraft draft, string editorId, string? photoKey, DateTime nowUtc)
    {
        if (!string.Equals(editorId, AuthorId, StringComparison.Ordinal))
        {
            return DomainResult.Fail(DomainErrors.NotTheAuthor);
        }
        var check = CheckDraft(process, draft, nowUtc);
        if (check.Succeeded)
        {
            Apply(draft, photoKey ?? PhotoKey, nowUtc);
        }
        return check;
    }

    /// <summary>Sets the stored photo once the proposal was accepted, so a refused proposal leaves no file behind.</summary>
    public void AttachPhoto(string photoKey) => PhotoKey = photoKey;

    public bool CanBeEditedBy(string? userId, Process process, DateTime nowUtc) =>
        string.Equals(userId, AuthorId, StringComparison.Ordinal) && process.PhaseAt(nowUtc) == Phase.Proposals;

    public DomainResult RuleFeasible(Process process, long finalCost, string reason, string reviewerId, DateTime nowUtc)
    {
        var check = CheckRuling(process, nowUtc);
        if (check.Succeeded)
        {
            check = process.CheckPlacement(DistrictId, CategoryId, finalCost);
        }
        if (check.Succeeded)
        {
            Record(ProposalStatus.Feasible, finalCost, reason, reviewerId, nowUtc);
        }
        return check;
    }

    public DomainResult RuleNotFeasible(Process process, string reason, string reviewerId, DateTime nowUtc)
    {
        var check = CheckRuling(process, nowUtc);
        if (check.Succeeded)
        {
            Record(ProposalStatus.NotFeasible, null, reason, reviewerId, nowUtc);
        }
        return check;
    }

    /// <summary>Marks this proposal a duplicate of <paramref name="kept"/>, which stays in review or on the ballot.</summary>
    public DomainResult MergeInto(Proposal kept, Process process, string reason, string reviewerId, DateTime nowUtc)
    {
        var check = CheckRuling(process, nowUtc);
        if (!check.Succeeded)
        {
            return check;
        }
        if (kept.Id == Id)
        {
            return DomainResult.Fail(DomainErrors.CannotMergeIntoItself);
        }
        if (kept.ProcessId != ProcessId || kept.Status is ProposalStatus.Merged or ProposalStatus.NotFeasible)
        {
            return DomainResult.Fail(DomainErrors.MergeTargetUnavailable);
        }
        Record(ProposalStatus.Merged, null, reason, reviewerId, nowUtc);
        MergedIntoId = kept.Id;
        return DomainResult.Ok;
    }

    private static DomainResult CheckDraft(Process process, ProposalDraft draft, DateTime nowUtc)
    {
        if (process.PhaseAt(nowUtc) != Phase.Proposals)
        {
            return DomainResult.Fail(DomainErrors.NotInProposalsPhase);
        }
        return process.CheckPlacement(draft.DistrictId, draft.CategoryId, draft.EstimatedCost);
    }

    private DomainResult CheckRuling(Process process, DateTime nowUtc)
    {
        if (process.PhaseAt(nowUtc) != Phase.Review)
        {
            return DomainResult.Fail(DomainErrors.NotInReviewPhase);
        }
        return Status == ProposalStatus.Merged ? DomainResult.Fail(DomainErrors.MergeTargetUnavailable) : DomainResult.Ok;
    }

    private void Apply(ProposalDraft draft, string? photoKey, DateTime nowUtc)
    {
        Title = draft.Title.Trim();
        Description = draft.Description.Trim();
        DistrictId = draft.DistrictId;
        CategoryId = draft.CategoryId;
        EstimatedCost = draft.EstimatedCost;
        Location = string.IsNullOrWhiteSpace(draft.Location) ? null : draft.Location.Trim();
        PhotoKey = photoKey;
        UpdatedAtUtc = nowUtc;
    }

    private void Record(ProposalStatus status, long? finalCost, string reason, string reviewerId, DateTime nowUtc)
    {
        Status = status;
        FinalCost = finalCost;
        RulingReason = reason.Trim();
        ReviewerId = reviewerId;
        RuledAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }
}
