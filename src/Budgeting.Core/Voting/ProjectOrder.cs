using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Budgeting.Core.Voting;

/// <summary>
/// The order a ballot lists its projects in: a uniformly random permutation drawn from a seed, a different seed for
/// each voter.
/// <para>
/// Why per voter: ballot position effects are real in participatory budgeting (projects listed first get more votes).
/// One seeded order published in advance is fair before the draw, but afterwards hands the whole advantage to the
/// projects it happens to put on top. A fresh random order per voter spreads the effect evenly, so in expectation every
/// project stands in every position equally often; the Stanford PB platform does the same. Paper ballots, which
/// cannot differ per voter, can print a few orders from published seeds in rotation.
/// </para>
/// <para>
/// How: the project ids are sorted (so the input order does not matter), then shuffled by Fisher–Yates with indices
/// drawn from SHA-256(seed ‖ counter) in counter mode, by rejection sampling, so every permutation is equally likely
/// and the same seed gives the same order on every platform and .NET version. The seed for a voter should be stable
/// (the order must not change on reload or when the vote is changed) and unguessable by others:
/// <see cref="SeedFor"/> makes one from a server secret, the box and the voter's key, with no storage needed.
/// </para>
/// </summary>
public static class ProjectOrder
{
    /// <summary>The project ids in the order drawn from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException">An id is listed twice.</exception>
    public static IReadOnlyList<int> Shuffle(IEnumerable<int> projectIds, ReadOnlySpan<byte> seed)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        var order = projectIds.Order().ToArray();
        for (var i = 1; i < order.Length; i++)
        {
            if (order[i] == order[i - 1])
            {
                throw new ArgumentException($"Project {order[i]} is listed twice.", nameof(projectIds));
            }
        }
        var stream = new SeededStream(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = stream.Below((uint)i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>A voter's seed for a box: HMAC-SHA256 keyed by a server secret over the box and the voter's key.</summary>
    /// <param name="secret">A server-side secret, so nobody else can work out a voter's order.</param>
    /// <param name="box">The ballot box.</param>
    /// <param name="voterKey">Anything stable for the voter, such as the account id or the voting code.</param>
    public static byte[] SeedFor(ReadOnlySpan<byte> secret, BallotBoxId box, string voterKey)
    {
        ArgumentNullException.ThrowIfNull(voterKey);
        var text = FormattableString.Invariant($"{box.ProcessId}/{(object?)box.DistrictId ?? "city"}/{voterKey}");
        return HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text));
    }

    private sealed class SeededStream(ReadOnlySpan<byte> seed)
    {
        private readonly byte[] _input = [.. seed, 0, 0, 0, 0, 0, 0, 0, 0];
        private readonly byte[] _block = new byte[32];
        private ulong _counter;
        private int _used = 32;

        public int Below(uint bound)
        {
            // Values at or above the largest multiple of bound are redrawn, so every index is equally likely.
            var limit = uint.MaxValue - (uint.MaxValue % bound);
            while (true)
            {
                var value = Next();
                if (value < limit)
                {
                    return (int)(value % bound);
                }
            }
        }

        private uint Next()
        {
            if (_used == _block.Length)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(_input.AsSpan(_input.Length - 8), _counter++);
                SHA256.HashData(_input, _block);
                _used = 0;
            }
            var value = BinaryPrimitives.ReadUInt32LittleEndian(_block.AsSpan(_used));
            _used += 4;
            return value;
        }
    }
}
