using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Infrastructure.Localization;

/// <summary>Identity's own refusals in the user's language; the page validators catch most input before these.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["Identity.DefaultError"]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Identity.DuplicateEmail", email]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), l["Identity.DuplicateEmail", userName]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Validation.Email"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Validation.Email"]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), l["Validation.PasswordTooShort", length]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["Confirm.Failed"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
