namespace Budgeting.Core.Proposals;

/// <summary>
/// What a resident writes in a proposal. <see cref="DistrictId"/> null means city-wide; amounts are minor units.
/// Shape (lengths, required fields) is checked by the page; meaning (district and category of this process) here.
/// </summary>
public sealed record ProposalDraft(
    string Title,
    string Description,
    int? DistrictId,
    int CategoryId,
    long EstimatedCost,
    string? Location);
