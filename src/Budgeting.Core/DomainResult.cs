namespace Budgeting.Core;

/// <summary>
/// The outcome of a domain operation that can be refused for a reason the user should read. <see cref="Error"/> is a
/// stable code (see <see cref="DomainErrors"/>) that the web layer turns into a localized message.
/// </summary>
public readonly record struct DomainResult(string? Error)
{
    public static readonly DomainResult Ok = new(null);

    public bool Succeeded => Error is null;

    public static DomainResult Fail(string error) => new(error);
}
