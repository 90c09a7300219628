using System.Globalization;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class PhaseModel(
    BudgetingDbContext db,
    IValidator<PhaseModel.InputModel> validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Phase Current => Process.PhaseAt(NowUtc);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input.NowUtc = NowUtc;
        Input.TimeZoneId = Process.TimeZoneId;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }
        var target = Input.Target!.Value;
        var until = target == Phase.Closed
            ? NowUtc
            : ProcessTime.ToUtc(Input.Until!.Value, ProcessTime.FindZone(Process.TimeZoneId)!);
        var from = Current;
        var result = Process.OverridePhase(target, NowUtc, until);
        var details = string.Create(CultureInfo.InvariantCulture,
            $"{from} -> {target}, until {until:yyyy-MM-ddTHH:mm:ssZ}: {Input.Reason!.Trim()}");
        return await SaveAsync(result, AuditActions.PhaseOverridden, details, ct);
    }

    public sealed class InputModel
    {
        public Phase? Target { get; set; }

        public DateTime? Until { get; set; }

        public string? Reason { get; set; }

        internal DateTime NowUtc { get; set; }

        internal string TimeZoneId { get; set; } = "UTC";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Target)
                .Must(t => t is Phase.Proposals or Phase.Review or Phase.Voting or Phase.Closed)
                .WithMessage(_ => l["Validation.Required", l["Override.Target"]]);
            RuleFor(x => x.Until)
                .NotNull().WithMessage(_ => l["Validation.Required", l["Override.Until"]])
                .When(x => x.Target != Phase.Closed);
            RuleFor(x => x.Until)
                .Must((input, until) => ProcessTime.IsValidLocal(until!.Value, ProcessTime.FindZone(input.TimeZoneId)!))
                .WithMessage(_ => l["Validation.NonexistentLocalTime", l["Override.Until"]])
                .When(x => x.Target != Phase.Closed && x.Until is not null);
            RuleFor(x => x.Until)
                .Must((input, until) => ProcessTime.ToUtc(until!.Value, ProcessTime.FindZone(input.TimeZoneId)!) > input.NowUtc)
                .WithMessage(_ => l["Validation.UntilInPast"])
                .When(x => x.Target != Phase.Closed && x.Until is not null
                    && ProcessTime.IsValidLocal(x.Until.Value, ProcessTime.FindZone(x.TimeZoneId)!));
            RuleFor(x => x.Reason)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Override.Reason"]])
                .MaximumLength(500).WithMessage(_ => l["Validation.TooLong", l["Override.Reason"], 500]);
        }
    }
}
