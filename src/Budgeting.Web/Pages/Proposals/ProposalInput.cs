using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Proposals;

/// <summary>The proposal form, shared by proposing, editing and an organizer adding a project directly.</summary>
public sealed class ProposalInput
{
    /// <summary>The value of the ballot choice that means the city-wide ballot rather than a district's.</summary>
    public const string CityWide = "city";

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>A district id, or <see cref="CityWide"/>.</summary>
    public string? Ballot { get; set; }

    public int? CategoryId { get; set; }

    public string? EstimatedCost { get; set; }

    public string? Location { get; set; }

    public IFormFile? Photo { get; set; }

    internal Currency Currency { get; set; } = Currency.Find("MXN")!;

    public static ProposalInput From(Proposal proposal, string currencyCode) => new()
    {
        Title = proposal.Title,
        Description = proposal.Description,
        Ballot = proposal.DistrictId?.ToString(CultureInfo.InvariantCulture) ?? CityWide,
        CategoryId = proposal.CategoryId,
        EstimatedCost = MoneyText.ForInput(proposal.EstimatedCost, currencyCode),
        Location = proposal.Location,
    };

    /// <summary>The draft this input describes; call only after <see cref="ProposalInputValidator"/> accepted it.</summary>
    public ProposalDraft ToDraft(CultureInfo culture)
    {
        MoneyText.TryParse(EstimatedCost, Currency, culture, out var cost);
        int? districtId = Ballot == CityWide ? null : int.Parse(Ballot!, CultureInfo.InvariantCulture);
        return new ProposalDraft(Title!.Trim(), Description!.Trim(), districtId, CategoryId!.Value, cost, Location);
    }
}

public sealed class ProposalInputValidator : AbstractValidator<ProposalInput>
{
    public const int MinDescription = 20;

    public ProposalInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Title)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Proposal.Title"]])
            .MaximumLength(Limits.Name).WithMessage(_ => l["Validation.TooLong", l["Proposal.Title"], Limits.Name]);
        RuleFor(x => x.Description)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Proposal.Description"]])
            .Must(v => v!.Trim().Length >= MinDescription)
            .When(x => !string.IsNullOrWhiteSpace(x.Description), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["Validation.TooShort", l["Proposal.Description"], MinDescription])
            .MaximumLength(Limits.Description)
            .WithMessage(_ => l["Validation.TooLong", l["Proposal.Description"], Limits.Description]);
        RuleFor(x => x.Ballot)
            .Must(v => v == ProposalInput.CityWide || int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage(_ => l["Validation.Choose", l["Proposal.Ballot"]]);
        RuleFor(x => x.CategoryId).NotNull().WithMessage(_ => l["Validation.Choose", l["Proposal.Category"]]);
        RuleFor(x => x.EstimatedCost).Custom((value, context) =>
        {
            var error = AmountValidation.Check(value, context.InstanceToValidate.Currency, l, l["Proposal.EstimatedCost"], required: true);
            if (error is not null)
            {
                context.AddFailure(error);
            }
        });
        RuleFor(x => x.Location)
            .MaximumLength(Limits.Name).WithMessage(_ => l["Validation.TooLong", l["Proposal.Location"], Limits.Name]);
    }
}
