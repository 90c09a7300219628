using System.Security.Cryptography;

namespace Budgeting.Core.Voting;

/// <summary>
/// A counted ballot as stored: which box, what it says, and the hash of its receipt. It has no voter, no code and no
/// time, and its id is random rather than a sequence, so nothing in the row says who cast it or when.
/// </summary>
public sealed class StoredBallot
{
    private StoredBallot()
    {
        Id = BoxKey = Content = ReceiptHash = "";
    }

    public string Id { get; private set; }

    public string BoxKey { get; private set; }

    public int ProcessId { get; private set; }

    public int? DistrictId { get; private set; }

    /// <summary>The canonical choices, <c>projectId:value</c> joined by commas.</summary>
    public string Content { get; private set; }

    public string ReceiptHash { get; private set; }

    public static StoredBallot From(CanonicalBallot ballot, string receiptCode, RandomNumberGenerator random) => new()
    {
        Id = Convert.ToHexStringLower(RandomBytes(random, 16)),
        BoxKey = ballot.Box.Key,
        ProcessId = ballot.Box.ProcessId,
        DistrictId = ballot.Box.DistrictId,
        Content = ballot.ToString(),
        ReceiptHash = ReceiptCode.Hash(receiptCode),
    };

    /// <summary>The choices read back from <see cref="Content"/>.</summary>
    public IReadOnlyList<BallotChoice> Choices() => Parse(Content);

    /// <summary>Choices from their stored text, <c>projectId:value</c> joined by commas.</summary>
    public static IReadOnlyList<BallotChoice> Parse(string content) => content.Length == 0
        ? []
        : content.Split(',').Select(pair =>
        {
            var parts = pair.Split(':');
            return new BallotChoice(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

    private static byte[] RandomBytes(RandomNumberGenerator random, int count)
    {
        var bytes = new byte[count];
        random.GetBytes(bytes);
        return bytes;
    }
}
