using System.Text;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Infrastructure.Email;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Account;

public sealed class RegisterModel(
    UserManager<Data.Account> users,
    IValidator<RegisterModel.InputModel> validator,
    IEmailSender email,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MinPasswordLength = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }
        var address = Input.Email!.Trim();
        var account = new Data.Account { UserName = address, Email = address, DisplayName = Input.DisplayName!.Trim() };
        var created = await users.CreateAsync(account, Input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }
        await users.AddToRoleAsync(account, Roles.Resident);
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = Url.Page("/Account/ConfirmEmail", null, new { userId = account.Id, code }, Request.Scheme)!;
        await email.SendAsync(new EmailMessage(address, l["Register.EmailSubject"], l["Register.EmailBody", account.DisplayName, link]), ct);
        TempData["StatusMessage"] = l["Register.CheckEmail", address].Value;
        return RedirectToPage("/Account/Login");
    }

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.DisplayName)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Account.DisplayName"]])
                .MaximumLength(120).WithMessage(_ => l["Validation.TooLong", l["Account.DisplayName"], 120]);
            RuleFor(x => x.Email)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Account.Email"]])
                .MaximumLength(256).WithMessage(_ => l["Validation.TooLong", l["Account.Email"], 256])
                .EmailAddress().WithMessage(_ => l["Validation.Email"]);
            RuleFor(x => x.Password)
                .Must(v => !string.IsNullOrEmpty(v)).WithMessage(_ => l["Validation.Required", l["Account.Password"]])
                .MinimumLength(MinPasswordLength).WithMessage(_ => l["Validation.PasswordTooShort", MinPasswordLength])
                .MaximumLength(200).WithMessage(_ => l["Validation.TooLong", l["Account.Password"], 200]);
            RuleFor(x => x.ConfirmPassword)
                .Equal(x => x.Password).WithMessage(_ => l["Validation.PasswordMismatch"]);
        }
    }
}
