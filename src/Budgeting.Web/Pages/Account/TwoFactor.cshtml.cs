using System.Text;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app: set it up (shared key and QR code, confirmed with a first code; the
/// recovery codes are shown once), or turn it off. Required for admins, offered to every account.
/// </summary>
[Authorize]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TwoFactorModel(
    UserManager<Data.Account> users,
    SignInManager<Data.Account> signInManager,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Budgeting";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Enabled { get; private set; }

    public bool Required => User.IsInRole(Roles.Admin);

    /// <summary>The shared key in groups of four, for typing into the app.</summary>
    public string SharedKey { get; private set; } = "";

    public string QrCodeSvg { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Filled only in the answer that turns two-factor sign-in on: they are never shown again.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        await LoadAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        var typed = TwoFactorCodes.Normalize(Code);
        var valid = TwoFactorCodes.IsAuthenticatorCode(typed)
            && await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, typed);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), l[typed.Length == 0 ? "TwoFactor.CodeMissing" : "TwoFactor.WrongCode"]);
            await LoadAsync(account);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount) ?? []];
        await signInManager.RefreshSignInAsync(account);
        await LoadAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await signInManager.RefreshSignInAsync(account);
        TempData["StatusMessage"] = l["TwoFactor.TurnedOff"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(Data.Account account)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(account);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(account);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? "";
        }
        SharedKey = Grouped(key);
        var email = await users.GetEmailAsync(account) ?? "";
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrCodeSvg = QrSvg.Render(uri, l["TwoFactor.QrLabel"]);
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
