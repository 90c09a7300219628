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
public sealed class ProposeModel(
    BudgetingDbContext db,
    IValidator<ProposalInput> validator,
    IPhotoStore photos,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProposalFormPageModel(db, validator, photos, clock, l)
{
    public async Task<IActionResult> OnGetAsync(int processId, CancellationToken ct)
    {
        if (!await LoadProcessAsync(processId, ct))
        {
            return NotFound();
        }
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var home = await Db.Residencies.AsNoTracking()
            .Where(r => r.AccountId == userId && r.ProcessId == processId)
            .Select(r => (int?)r.DistrictId).FirstOrDefaultAsync(ct);
        Input.Ballot = home?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int processId, CancellationToken ct)
    {
        if (!await LoadProcessAsync(processId, ct))
        {
            return NotFound();
        }
        var (valid, photo) = await ValidateFormAsync(ct);
        if (!valid)
        {
            return Page();
        }
        var authorId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var (proposal, result) = Proposal.Submit(Process, Draft(), authorId, photoKey: null, NowUtc);
        if (!result.Succeeded)
        {
            ShowRefusal(result.Error!);
            return Page();
        }
        if (await StorePhotoAsync(photo, ct) is { } key)
        {
            proposal!.AttachPhoto(key);
        }
        Db.Proposals.Add(proposal!);
        await Db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = L["Proposal.Submitted"].Value;
        return RedirectToPage("Details", new { id = proposal!.Id });
    }
}
