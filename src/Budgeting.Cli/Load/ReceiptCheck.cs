using Budgeting.Core.Voting;

namespace Budgeting.Cli.Load;

/// <summary>Acknowledged receipts against the published receipt hashes.</summary>
/// <param name="Missing">Acknowledged receipts whose hash is not published: lost ballots.</param>
/// <param name="Repeated">Published hashes beyond the first of each kind: the same receipt counted twice.</param>
public sealed record ReceiptCheck(IReadOnlyList<string> Missing, int Repeated, int Published)
{
    public static ReceiptCheck Compare(IEnumerable<string> acknowledged, IReadOnlyList<string> publishedHashes)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        ArgumentNullException.ThrowIfNull(publishedHashes);
        var published = new HashSet<string>(publishedHashes, StringComparer.Ordinal);
        var missing = acknowledged.Where(r => !published.Contains(ReceiptCode.Hash(r))).ToList();
        return new ReceiptCheck(missing, publishedHashes.Count - published.Count, publishedHashes.Count);
    }
}
