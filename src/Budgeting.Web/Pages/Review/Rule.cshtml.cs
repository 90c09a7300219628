using System.Globalization;
using System.Security.Claims;
using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Money;
using Budgeting.Core.Processes;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Review;

public sealed class RuleModel(
    BudgetingDbContext db,
    IValidator<RuleModel.InputModel> validator,
    ProposalRulings rulings,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Proposal Proposal { get; private set; } = null!;

    public Process Process { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Title)> MergeTargets { get; private set; } = [];

    public Phase Phase => Process.PhaseAt(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input.FinalCost = MoneyText.ForInput(Proposal.Cost, Process.CurrencyCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input.Currency = Currency.Find(Process.CurrencyCode)!;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }
        var reviewerId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var reason = Input.Reason!.Trim();
        DomainResult result;
        switch (Input.Decision!.Value)
        {
            case Decision.Feasible:
                MoneyText.TryParse(Input.FinalCost, Input.Currency, CultureInfo.CurrentCulture, out var cost);
                result = Proposal.RuleFeasible(Process, cost, reason, reviewerId, now);
                break;
            case Decision.NotFeasible:
                result = Proposal.RuleNotFeasible(Process, reason, reviewerId, now);
                break;
            default:
                var kept = await db.Proposals.SingleOrDefaultAsync(p => p.Id == Input.MergeInto, ct);
                result = kept is null
                    ? DomainResult.Fail(DomainErrors.MergeTargetUnavailable)
                    : Proposal.MergeInto(kept, Process, reason, reviewerId, now);
                break;
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, l["Error." + result.Error]);
            return Page();
        }
        await rulings.SaveAsync(Proposal, Process, ct);
        TempData["StatusMessage"] = l["Review.Saved"].Value;
        return RedirectToPage("Index", new { processId = Process.Id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return false;
        }
        Proposal = proposal;
        Process = (await db.LoadProcessAsync(proposal.ProcessId, ct))!;
        var targets = await db.Proposals.AsNoTracking()
            .Where(p => p.ProcessId == proposal.ProcessId && p.Id != id
                && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.Feasible))
            .OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        MergeTargets = targets.Select(t => (t.Id, t.Title)).ToList();
        return true;
    }

    public enum Decision
    {
        Feasible,
        NotFeasible,
        Merge,
    }

    public sealed class InputModel
    {
        public Decision? Decision { get; set; }

        public string? FinalCost { get; set; }

        public string? Reason { get; set; }

        public int? MergeInto { get; set; }

        internal Currency Currency { get; set; } = Currency.Find("MXN")!;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Decision).NotNull().WithMessage(_ => l["Validation.Choose", l["Review.Decision"]]);
            RuleFor(x => x.Reason)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Review.Reason"]])
                .MaximumLength(Limits.Description).WithMessage(_ => l["Validation.TooLong", l["Review.Reason"], Limits.Description]);
            RuleFor(x => x.FinalCost).Custom((value, context) =>
            {
                var error = AmountValidation.Check(value, context.InstanceToValidate.Currency, l, l["Proposal.FinalCost"], required: true);
                if (error is not null)
                {
                    context.AddFailure(error);
                }
            }).When(x => x.Decision == RuleModel.Decision.Feasible);
            RuleFor(x => x.MergeInto).NotNull().WithMessage(_ => l["Validation.Choose", l["Review.MergeInto"]])
                .When(x => x.Decision == RuleModel.Decision.Merge);
        }
    }
}
