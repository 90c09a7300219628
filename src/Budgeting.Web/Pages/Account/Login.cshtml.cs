using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<Data.Account> signInManager,
    IValidator<LoginModel.InputModel> validator,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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
        var result = await signInManager.PasswordSignInAsync(
            Input.Email!.Trim(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl, Input.RememberMe });
        }
        var message = result.IsLockedOut ? "Login.LockedOut"
            : result.IsNotAllowed ? "Login.NotConfirmed"
            : "Login.Failed";
        ModelState.AddModelError(string.Empty, l[message]);
        return Page();
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Email).Must(v => !string.IsNullOrWhiteSpace(v))
                .WithMessage(_ => l["Validation.Required", l["Account.Email"]]);
            RuleFor(x => x.Password).Must(v => !string.IsNullOrEmpty(v))
                .WithMessage(_ => l["Validation.Required", l["Account.Password"]]);
        }
    }
}
