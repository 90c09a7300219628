using System.Security.Claims;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure.Photos;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Proposals;

[RequestSizeLimit(PhotoProcessor.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PhotoProcessor.MaxRequestBytes)]
public sealed class EditModel(
    BudgetingDbContext db,
    IValidator<ProposalInput> validator,
    IPhotoStore photos,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProposalFormPageModel(db, validator, photos, clock, l)
{
    public Proposal Proposal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        Input = ProposalInput.From(Proposal, Process.CurrencyCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        var (valid, photo) = await ValidateFormAsync(ct);
        if (!valid)
        {
            return Page();
        }
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var result = Proposal.Edit(Process, Draft(), userId, photoKey: null, NowUtc);
        if (!result.Succeeded)
        {
            ShowRefusal(result.Error!);
            return Page();
        }
        if (await StorePhotoAsync(photo, ct) is { } key)
        {
            Proposal.AttachPhoto(key);
        }
        await Db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = L["Organize.Saved"].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var proposal = await Db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !await LoadProcessAsync(proposal.ProcessId, ct))
        {
            return NotFound();
        }
        Proposal = proposal;
        if (!string.Equals(proposal.AuthorId, User.FindFirstValue(ClaimTypes.NameIdentifier), StringComparison.Ordinal))
        {
            return Forbid();
        }
        return null;
    }
}
