using Microsoft.AspNetCore.Identity;

namespace Budgeting.Web.Data;

/// <summary>A sign-in account: a resident, a member of staff, or both. Only what authentication needs.</summary>
public sealed class Account : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
