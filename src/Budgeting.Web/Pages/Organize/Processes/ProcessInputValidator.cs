using Budgeting.Core.Money;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class ProcessInputValidator : AbstractValidator<ProcessInput>
{
    // A process runs within a few years of today; a date outside this range is a typo, not a plan.
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    public ProcessInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Process.Name"]])
            .MaximumLength(Limits.Name).WithMessage(_ => l["Validation.TooLong", l["Process.Name"], Limits.Name]);
        RuleFor(x => x.Description)
            .MaximumLength(Limits.Description)
            .WithMessage(_ => l["Validation.TooLong", l["Process.Description"], Limits.Description]);
        RuleFor(x => x.TimeZoneId)
            .Must(v => ProcessTime.FindZone(v) is not null).WithMessage(_ => l["Validation.UnknownTimeZone"]);
        RuleFor(x => x.CurrencyCode)
            .Must(v => Currency.Find(v) is not null).WithMessage(_ => l["Validation.UnknownCurrency"]);
        RuleFor(x => x.CityWideBudget).Custom((value, context) =>
        {
            var currency = Currency.Find(context.InstanceToValidate.CurrencyCode);
            var error = currency is null ? null
                : AmountValidation.Check(value, currency, l, l["Process.CityWideBudget"], required: false);
            if (error is not null)
            {
                context.AddFailure(error);
            }
        });
        RuleFor(x => x).Custom((input, context) => CheckDates(input, context, l));
    }

    private static void CheckDates(ProcessInput input, ValidationContext<ProcessInput> context, IStringLocalizer l)
    {
        (string Property, string Label, DateTime? Value)[] dates =
        [
            (nameof(input.ProposalsOpen), "Phase.ProposalsOpen", input.ProposalsOpen),
            (nameof(input.ReviewOpen), "Phase.ReviewOpen", input.ReviewOpen),
            (nameof(input.VotingOpen), "Phase.VotingOpen", input.VotingOpen),
            (nameof(input.VotingClose), "Phase.VotingClose", input.VotingClose),
        ];
        var zone = ProcessTime.FindZone(input.TimeZoneId);
        for (var i = 0; i < dates.Length; i++)
        {
            var (property, label, value) = dates[i];
            if (value is null)
            {
                context.AddFailure(property, l["Validation.Required", l[label]]);
            }
            else if (value.Value.Year < MinYear || value.Value.Year > MaxYear)
            {
                context.AddFailure(property, l["Validation.DateOutOfRange", l[label], MinYear, MaxYear]);
            }
            else if (zone is not null && !ProcessTime.IsValidLocal(value.Value, zone))
            {
                context.AddFailure(property, l["Validation.NonexistentLocalTime", l[label]]);
            }
            else if (i > 0 && dates[i - 1].Value is { } previous && value <= previous)
            {
                context.AddFailure(property, l["Validation.DateOrder", l[label], l[dates[i - 1].Label]]);
            }
        }
    }
}
