using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Mvc;

namespace Budgeting.Web.Pages.Vote;

/// <summary>"Your vote is counted": shown only when the ballot is stored, with the receipt to check it later.</summary>
public sealed class CountedModel(BudgetingDbContext db, BallotBoxCache boxes, VoterResolver voters, BallotStore store, TimeProvider clock)
    : BallotPageModel(db, boxes, voters, clock)
{
    public string Receipt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int processId, string box, CancellationToken ct)
    {
        if (!await LoadAsync(processId, box, ct))
        {
            return NotFound();
        }
        var receipt = await store.ReceiptAsync(VoterKey, BoxId, ct);
        if (receipt is null)
        {
            return RedirectToPage("Ballot", new { processId, box });
        }
        Receipt = receipt;
        return Page();
    }
}
