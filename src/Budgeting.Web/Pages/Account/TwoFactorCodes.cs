namespace Budgeting.Web.Pages.Account;

/// <summary>What people type as a second factor: six digits from the app, or a recovery code such as <c>K7QF2-M8XBD</c>.</summary>
public static class TwoFactorCodes
{
    public static string Normalize(string? typed) =>
        new((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    public static bool IsAuthenticatorCode(string normalized) => normalized.Length == 6 && normalized.All(char.IsAsciiDigit);

    /// <summary>Identity stores recovery codes as two groups of five joined by a dash.</summary>
    public static string AsRecoveryCode(string normalized) =>
        normalized.Length == 10 ? $"{normalized[..5]}-{normalized[5..]}" : normalized;
}
