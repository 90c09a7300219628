namespace Budgeting.Reports.Model;

/// <summary>
/// Document metadata. <see cref="Created"/> is fixed by the caller (never the clock) so the same data gives the same bytes.
/// </summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, string Language, DateTimeOffset Created);

public sealed record Page(PageSize Size, IReadOnlyList<PageElement> Elements);

/// <summary>A character the embedded fonts cannot draw, found in <see cref="Text"/> and printed as U+FFFD.</summary>
public sealed record MissingCharacter(int CodePoint, string Text)
{
    public override string ToString() => $"U+{CodePoint:X4} in \"{Text}\"";
}

/// <summary>A laid-out document: fixed-size pages of positioned elements, independent of any PDF library.</summary>
public sealed record Document(DocumentInfo Info, IReadOnlyList<Page> Pages, IReadOnlyList<MissingCharacter> MissingCharacters);
