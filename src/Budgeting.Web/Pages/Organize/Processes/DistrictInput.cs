using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class DistrictInput
{
    public string? Name { get; set; }

    public string? Budget { get; set; }

    /// <summary>The process currency, set by the page before validation; never bound from the form.</summary>
    internal Currency Currency { get; set; } = Currency.Find("MXN")!;

    public long BudgetMinorUnits()
    {
        MoneyText.TryParse(Budget, Currency, CultureInfo.CurrentCulture, out var minor);
        return minor;
    }
}

public sealed class DistrictInputValidator : AbstractValidator<DistrictInput>
{
    public DistrictInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["District.Name"]])
            .MaximumLength(Limits.ShortName).WithMessage(_ => l["Validation.TooLong", l["District.Name"], Limits.ShortName]);
        RuleFor(x => x.Budget).Custom((value, context) =>
        {
            var error = AmountValidation.Check(value, context.InstanceToValidate.Currency, l, l["District.Budget"], required: true);
            if (error is not null)
            {
                context.AddFailure(error);
            }
        });
    }
}
