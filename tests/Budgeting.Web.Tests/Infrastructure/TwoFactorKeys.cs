using System.Collections.Concurrent;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// The authenticator keys of one test app's accounts with two-factor sign-in (every admin: admin pages require it), so
/// the sign-in page object can answer the second step as the admin's phone would.
/// </summary>
public sealed class TwoFactorKeys
{
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.OrdinalIgnoreCase);

    public string? For(string email) => _keys.GetValueOrDefault(email);

    /// <summary>Turns two-factor sign-in on for <paramref name="account"/> (keeping a key it already has) and remembers its key.</summary>
    public async Task EnableAsync(UserManager<Account> users, Account account)
    {
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(account)))
        {
            await users.ResetAuthenticatorKeyAsync(account);
        }
        await users.SetTwoFactorEnabledAsync(account, true);
        _keys[account.Email!] = (await users.GetAuthenticatorKeyAsync(account))!;
    }
}
