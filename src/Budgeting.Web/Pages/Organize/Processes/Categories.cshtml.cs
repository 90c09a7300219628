using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class CategoriesModel(
    BudgetingDbContext db,
    IValidator<CategoryInput> validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    [BindProperty]
    public CategoryInput NewCategory { get; set; } = new();

    [BindProperty]
    public CategoryInput Edit { get; set; } = new();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!await IsValidAsync(NewCategory, nameof(NewCategory), ct))
        {
            return Page();
        }
        var name = NewCategory.Name!.Trim();
        return await SaveAsync(Process.AddCategory(name), AuditActions.CategoryAdded, name, ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, int categoryId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!await IsValidAsync(Edit, nameof(Edit), ct))
        {
            return Page();
        }
        var old = Process.Categories.FirstOrDefault(c => c.Id == categoryId)?.Name;
        var name = Edit.Name!.Trim();
        return await SaveAsync(Process.RenameCategory(categoryId, name), AuditActions.CategoryRenamed, $"{old} -> {name}", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int categoryId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var name = Process.Categories.FirstOrDefault(c => c.Id == categoryId)?.Name ?? "";
        var result = await Db.IsCategoryInUseAsync(categoryId, ct)
            ? DomainResult.Fail(DomainErrors.CategoryInUse)
            : Process.RemoveCategory(categoryId);
        return await SaveAsync(result, AuditActions.CategoryRemoved, name, ct);
    }

    private async Task<bool> IsValidAsync(CategoryInput input, string prefix, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        validation.AddToModelState(ModelState, prefix);
        return validation.IsValid;
    }
}
