using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Infrastructure.Localization;

/// <summary>Model binding's own messages (a date or number that does not parse) in the user's language.</summary>
public static class BindingMessages
{
    public static void Localize(MvcOptions options, IServiceProvider services)
    {
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => l["Validation.Unreadable"]);
        messages.SetValueIsInvalidAccessor(_ => l["Validation.Unreadable"]);
        messages.SetValueMustBeANumberAccessor(_ => l["Validation.Unreadable"]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["Validation.Unreadable"]);
        messages.SetMissingKeyOrValueAccessor(() => l["Validation.Unreadable"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.Unreadable"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["Validation.Unreadable"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.Unreadable"]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["Validation.Unreadable"]);
        messages.SetValueMustNotBeNullAccessor(_ => l["Validation.Unreadable"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.Unreadable"]);
    }
}
