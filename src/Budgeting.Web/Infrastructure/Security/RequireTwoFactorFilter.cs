using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Budgeting.Web.Infrastructure.Security;

/// <summary>
/// Admin pages need an account with two-factor sign-in: without it, the page sends to the set-up page and comes back
/// after. Runs after authorization, so only admins ever get here.
/// </summary>
public sealed class RequireTwoFactorFilter(UserManager<Data.Account> users) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var account = await users.GetUserAsync(context.HttpContext.User);
        if (account is null || !await users.GetTwoFactorEnabledAsync(account))
        {
            var request = context.HttpContext.Request;
            var back = request.Path + request.QueryString;
            context.Result = new RedirectResult("/account/two-factor?returnUrl=" + Uri.EscapeDataString(back));
            return;
        }
        await next();
    }
}
