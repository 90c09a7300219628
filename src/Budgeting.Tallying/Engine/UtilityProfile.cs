using System.Numerics;

namespace Budgeting.Tallying.Engine;

/// <summary>
/// Ballots turned into satisfaction numbers for one <see cref="Satisfaction"/>, with identical ballots merged into
/// one group carrying a multiplicity (pabutools' multiprofile). Every rule works on this view.
/// </summary>
internal sealed class UtilityProfile
{
    private UtilityProfile(Election election, Satisfaction satisfaction)
    {
        Election = election;
        Projects = election.Projects;
        ProjectCount = Projects.Count;
        VoterCount = election.Ballots.Count;
        var index = new Dictionary<string, int>(ProjectCount, StringComparer.Ordinal);
        for (var i = 0; i < ProjectCount; i++)
        {
            index[Projects[i].Id] = i;
        }

        // Identical ballots (same sorted projects, same utilities) share a group, numbered in order of first
        // appearance. An open-addressing table of group numbers keyed by a hash of the ballot lets a repeated ballot
        // be found without allocating; arrays are allocated only for a new group.
        var ballots = election.Ballots;
        var ballotProjects = new List<int[]>();
        var ballotUtilities = new List<long[]>();
        var multiplicity = new List<long>();
        var hashes = new List<int>();
        var table = new int[TableSize(16)];
        Array.Fill(table, -1);
        var scratchProjects = new int[16];
        var scratchUtilities = new long[16];
        foreach (var ballot in ballots)
        {
            var length = ballot.Projects.Count;
            if (length > scratchProjects.Length)
            {
                scratchProjects = new int[Math.Max(length, scratchProjects.Length * 2)];
                scratchUtilities = new long[scratchProjects.Length];
            }
            var projects = scratchProjects.AsSpan(0, length);
            var utilities = scratchUtilities.AsSpan(0, length);
            var sorted = true;
            for (var pos = 0; pos < length; pos++)
            {
                var p = index[ballot.Projects[pos]];
                var points = ballot.Points is { } pts ? pts[pos] : 1;
                projects[pos] = p;
                utilities[pos] = satisfaction switch
                {
                    Satisfaction.Cost => Projects[p].Cost,
                    Satisfaction.Cardinality => 1,
                    Satisfaction.AdditiveCardinal => points,
                    Satisfaction.AdditiveBorda => length - pos - 1,
                    Satisfaction.PointsTimesCost => checked(points * Projects[p].Cost),
                    _ => throw new ArgumentOutOfRangeException(nameof(satisfaction)),
                };
                sorted &= pos == 0 || projects[pos - 1] < p;
            }
            if (!sorted)
            {
                // Same algorithm as Array.Sort(keys, items), so repeated projects keep the same utilities order.
                projects.Sort(utilities);
            }
            var hash = Hash(projects, utilities);
            var mask = table.Length - 1;
            var slot = hash & mask;
            var found = -1;
            while (table[slot] >= 0)
            {
                var g = table[slot];
                if (hashes[g] == hash
                    && projects.SequenceEqual(ballotProjects[g])
                    && utilities.SequenceEqual(ballotUtilities[g]))
                {
                    found = g;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (found >= 0)
            {
                multiplicity[found]++;
                continue;
            }
            table[slot] = ballotProjects.Count;
            ballotProjects.Add(projects.ToArray());
            ballotUtilities.Add(utilities.ToArray());
            multiplicity.Add(1);
            hashes.Add(hash);
            if (ballotProjects.Count * 2 > table.Length)
            {
                table = new int[TableSize(ballotProjects.Count)];
                Array.Fill(table, -1);
                mask = table.Length - 1;
                for (var g = 0; g < hashes.Count; g++)
                {
                    var s = hashes[g] & mask;
                    while (table[s] >= 0)
                    {
                        s = (s + 1) & mask;
                    }
                    table[s] = g;
                }
            }
        }
        GroupProjects = ballotProjects.ToArray();
        GroupUtilities = ballotUtilities.ToArray();
        Multiplicity = multiplicity.ToArray();
        GroupCount = Multiplicity.Length;

        TotalUtility = new long[ProjectCount];
        SupporterCount = new long[ProjectCount];
        VoteCount = new long[ProjectCount];
        Uniform = new bool[ProjectCount];
        Array.Fill(Uniform, true);
        var firstUtility = new long[ProjectCount];
        var supporterTotal = new int[ProjectCount];
        for (var g = 0; g < GroupCount; g++)
        {
            var groupProjects = GroupProjects[g];
            var groupUtilities = GroupUtilities[g];
            var m = Multiplicity[g];
            for (var j = 0; j < groupProjects.Length; j++)
            {
                var p = groupProjects[j];
                var u = groupUtilities[j];
                TotalUtility[p] = checked(TotalUtility[p] + m * u);
                VoteCount[p] += m;
                if (u <= 0)
                {
                    continue;
                }
                if (supporterTotal[p] == 0)
                {
                    firstUtility[p] = u;
                }
                else if (firstUtility[p] != u)
                {
                    Uniform[p] = false;
                }
                supporterTotal[p]++;
                SupporterCount[p] += m;
            }
        }
        SupporterGroups = new int[ProjectCount][];
        SupporterUtilities = new long[ProjectCount][];
        for (var p = 0; p < ProjectCount; p++)
        {
            SupporterGroups[p] = new int[supporterTotal[p]];
            SupporterUtilities[p] = new long[supporterTotal[p]];
        }
        var filled = new int[ProjectCount];
        for (var g = 0; g < GroupCount; g++)
        {
            var groupProjects = GroupProjects[g];
            var groupUtilities = GroupUtilities[g];
            for (var j = 0; j < groupProjects.Length; j++)
            {
                var u = groupUtilities[j];
                if (u > 0)
                {
                    var p = groupProjects[j];
                    SupporterGroups[p][filled[p]] = g;
                    SupporterUtilities[p][filled[p]] = u;
                    filled[p]++;
                }
            }
        }
    }

    /// <summary>A power of two at least four times <paramref name="count"/>.</summary>
    private static int TableSize(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 4));

    /// <summary>A well-mixed hash of a ballot's projects and utilities.</summary>
    private static int Hash(ReadOnlySpan<int> projects, ReadOnlySpan<long> utilities)
    {
        var h = (ulong)projects.Length * 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < projects.Length; i++)
        {
            h = (h ^ (uint)projects[i]) * 0xBF58476D1CE4E5B9UL;
            h = (h ^ (ulong)utilities[i]) * 0x94D049BB133111EBUL;
            h ^= h >> 31;
        }
        h ^= h >> 29;
        return (int)(h & 0x7FFFFFFF);
    }

    public Election Election { get; }

    public IReadOnlyList<Project> Projects { get; }

    public int ProjectCount { get; }

    /// <summary>Number of ballots, empty ones included (the n of equal shares' B/n).</summary>
    public long VoterCount { get; }

    public int GroupCount { get; }

    public long[] Multiplicity { get; }

    /// <summary>Per group, the listed project indices in increasing order.</summary>
    public int[][] GroupProjects { get; }

    /// <summary>Per group, the satisfaction for each entry of <see cref="GroupProjects"/> (may be 0).</summary>
    public long[][] GroupUtilities { get; }

    /// <summary>Per project, the groups with positive satisfaction.</summary>
    public int[][] SupporterGroups { get; }

    /// <summary>Per project, the satisfaction of each group in <see cref="SupporterGroups"/> (always positive).</summary>
    public long[][] SupporterUtilities { get; }

    /// <summary>Per project, the sum over voters of their satisfaction.</summary>
    public long[] TotalUtility { get; }

    /// <summary>Per project, the number of voters with positive satisfaction.</summary>
    public long[] SupporterCount { get; }

    /// <summary>Per project, the number of voters listing it.</summary>
    public long[] VoteCount { get; }

    /// <summary>Per project, true when all its supporters have the same satisfaction.</summary>
    public bool[] Uniform { get; }

    public static UtilityProfile Build(Election election, Satisfaction satisfaction)
    {
        ArgumentNullException.ThrowIfNull(election);
        return new UtilityProfile(election, satisfaction);
    }
}
