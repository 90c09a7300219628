using Budgeting.Web.Data;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class CategoryInput
{
    public string? Name { get; set; }
}

public sealed class CategoryInputValidator : AbstractValidator<CategoryInput>
{
    public CategoryInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Category.Name"]])
            .MaximumLength(Limits.ShortName).WithMessage(_ => l["Validation.TooLong", l["Category.Name"], Limits.ShortName]);
    }
}
