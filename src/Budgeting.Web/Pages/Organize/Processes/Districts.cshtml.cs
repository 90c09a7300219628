using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Money;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class DistrictsModel(
    BudgetingDbContext db,
    IValidator<DistrictInput> validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    [BindProperty]
    public DistrictInput NewDistrict { get; set; } = new();

    [BindProperty]
    public DistrictInput Edit { get; set; } = new();

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, NewDistrict, nameof(NewDistrict), ct, p =>
        {
            var budget = NewDistrict.BudgetMinorUnits();
            var result = p.AddDistrict(NewDistrict.Name!, budget, NowUtc);
            return (result, AuditActions.DistrictAdded, $"{NewDistrict.Name!.Trim()}: {budget}");
        });

    public Task<IActionResult> OnPostUpdateAsync(int id, int districtId, CancellationToken ct) =>
        ChangeAsync(id, Edit, nameof(Edit), ct, p =>
        {
            var old = p.Districts.FirstOrDefault(d => d.Id == districtId);
            var before = old is null ? "" : $"{old.Name}: {old.Budget} -> ";
            var budget = Edit.BudgetMinorUnits();
            var result = p.UpdateDistrict(districtId, Edit.Name!, budget, NowUtc);
            return (result, AuditActions.DistrictUpdated, $"{before}{Edit.Name!.Trim()}: {budget}");
        });

    public async Task<IActionResult> OnPostRemoveAsync(int id, int districtId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var name = Process.Districts.FirstOrDefault(d => d.Id == districtId)?.Name ?? "";
        var result = await Db.IsDistrictInUseAsync(districtId, ct)
            ? DomainResult.Fail(DomainErrors.DistrictInUse)
            : Process.RemoveDistrict(districtId, NowUtc);
        return await SaveAsync(result, AuditActions.DistrictRemoved, name, ct);
    }

    private async Task<IActionResult> ChangeAsync(
        int id,
        DistrictInput input,
        string prefix,
        CancellationToken ct,
        Func<Process, (DomainResult Result, string Action, string Details)> change)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        input.Currency = Currency.Find(Process.CurrencyCode)!;
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, prefix);
            return Page();
        }
        var (result, action, details) = change(Process);
        return await SaveAsync(result, action, details, ct);
    }
}
