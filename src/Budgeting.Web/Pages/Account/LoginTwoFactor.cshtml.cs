using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Account;

/// <summary>The second step of signing in with two factors: a code from the authenticator app, or a recovery code.</summary>
public sealed class LoginTwoFactorModel(SignInManager<Data.Account> signInManager, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }
        var typed = TwoFactorCodes.Normalize(Input.Code);
        if (typed.Length == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", l["Validation.Required", l["TwoFactor.Code"]]);
            return Page();
        }
        var result = TwoFactorCodes.IsAuthenticatorCode(typed)
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(typed, RememberMe, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.AsRecoveryCode(typed));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(string.Empty, l[result.IsLockedOut ? "Login.LockedOut" : "TwoFactor.WrongCode"]);
        return Page();
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }
}
