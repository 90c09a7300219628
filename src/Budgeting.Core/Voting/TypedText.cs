namespace Budgeting.Core.Voting;

/// <summary>What people type between the characters of a code or an identifier, and which is ignored.</summary>
public static class TypedText
{
    /// <summary>Spaces and every dash a phone keyboard or a word processor may put in (hyphen, non-breaking hyphen, en dash, minus).</summary>
    public static bool IsSeparator(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2212' || char.IsWhiteSpace(c);
}
