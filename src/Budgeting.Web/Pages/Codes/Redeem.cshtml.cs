using Budgeting.Core.Eligibility;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Codes;

/// <summary>
/// Voting with a code, without an account: type it, or open the address of its QR code, which fills it in. Opening
/// the address only shows the code; the vote starts when the resident confirms, so link previews redeem nothing.
/// </summary>
// Authenticates as the ballot pages do (the code cookie when present): the counted page's "finish" form posts here with
// an antiforgery token issued to the code voter, which validates only against that same principal.
[AllowAnonymous]
[Authorize(AuthenticationSchemes = CodeVoter.VoterScheme)]
public sealed class RedeemModel(CodeRedemption redemption, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public void OnGet(string? code)
    {
        var reading = VotingCode.Read(code);
        Code = reading.Status == VotingCodeStatus.Valid ? VotingCode.Display(reading.Bare) : code;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await redemption.RedeemAsync(Code, client, ct);
        if (result.Outcome != RedemptionOutcome.Accepted)
        {
            Error = l["Code.Outcome." + result.Outcome];
            if (result.Outcome == RedemptionOutcome.TooManyAttempts)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }
            return Page();
        }
        await CodeVoter.SignInAsync(HttpContext, result.CodeId, result.ProcessId, result.DistrictId);
        return Redirect($"/vote/{result.ProcessId}/{result.DistrictId}");
    }

    public async Task<IActionResult> OnPostFinishAsync()
    {
        await CodeVoter.SignOutAsync(HttpContext);
        TempData["StatusMessage"] = l["Code.Finished"].Value;
        return Redirect("/");
    }
}
