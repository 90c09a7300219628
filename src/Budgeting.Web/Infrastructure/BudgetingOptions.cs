using System.ComponentModel.DataAnnotations;

namespace Budgeting.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public bool ApplyMigrationsOnStartup { get; set; } = true;
}

public sealed class SeedOptions
{
    public const string SectionName = "Budgeting:Seed";

    [EmailAddress]
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public bool Demo { get; set; }

    public string? DemoPassword { get; set; }
}

public sealed class EmailOptions
{
    public const string SectionName = "Budgeting:Email";

    [Required]
    public string PickupFolder { get; set; } = "mail";

    [Required, EmailAddress]
    public string From { get; set; } = "no-reply@budgeting.local";
}

public sealed class UploadOptions
{
    public const string SectionName = "Budgeting:Uploads";

    [Required]
    public string Folder { get; set; } = "uploads";
}

public sealed class VotingOptions
{
    public const string SectionName = "Budgeting:Voting";

    /// <summary>Keys each voter's random project order; the order is only about fairness, so this is not a credential.</summary>
    public string OrderSecret { get; set; } = "budgeting";
}
