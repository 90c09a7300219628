using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Infrastructure.Photos;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Proposals;

/// <summary>
/// A page with the proposal form: checks its shape and its photo, so that the page only has to ask the domain and save.
/// A rejected form keeps everything the resident typed, except the photo, which browsers never send back.
/// </summary>
public abstract class ProposalFormPageModel(
    BudgetingDbContext db,
    IValidator<ProposalInput> validator,
    IPhotoStore photos,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public Process Process { get; private set; } = null!;

    public Phase Phase => Process.PhaseAt(NowUtc);

    protected DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    protected BudgetingDbContext Db => db;

    protected IStringLocalizer<SharedResource> L => l;

    protected async Task<bool> LoadProcessAsync(int processId, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(processId, ct);
        if (process is null)
        {
            return false;
        }
        Process = process;
        Input.Currency = Currency.Find(process.CurrencyCode)!;
        ViewData["Process"] = process;
        return true;
    }

    /// <summary>Checks the form; on success returns true and the processed photo (null when none was sent).</summary>
    protected async Task<(bool Valid, byte[]? Photo)> ValidateFormAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddToModelState(ModelState, nameof(Input));
        byte[]? photo = null;
        if (Input.Photo is { Length: > 0 } file)
        {
            var (jpeg, error) = await PhotoProcessor.ProcessAsync(file, ct);
            if (error != PhotoError.None)
            {
                var message = error == PhotoError.TooLarge
                    ? l["Validation.PhotoTooLarge", PhotoProcessor.MaxMegabytes]
                    : l["Validation.PhotoNotImage"];
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Photo)}", message);
            }
            photo = jpeg;
        }
        return (ModelState.IsValid, photo);
    }

    protected async Task<string?> StorePhotoAsync(byte[]? photo, CancellationToken ct) =>
        photo is null ? null : await photos.SaveAsync(photo, ct);

    protected Core.Proposals.ProposalDraft Draft() => Input.ToDraft(CultureInfo.CurrentCulture);

    protected void ShowRefusal(string error) => ModelState.AddModelError(string.Empty, l["Error." + error]);
}
