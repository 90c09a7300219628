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
        var groups = new Dictionary<(int[] Projects, long[] Utilities), int>(BallotComparer.Instance);
        var ballotProjects = new List<int[]>();
        var ballotUtilities = new List<long[]>();
        var multiplicity = new List<long>();
        foreach (var ballot in election.Ballots)
        {
            var length = ballot.Projects.Count;
            var projects = new int[length];
            var utilities = new long[length];
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
            }
            Array.Sort(projects, utilities);
            if (groups.TryGetValue((projects, utilities), out var g))
            {
                multiplicity[g]++;
            }
            else
            {
                groups[(projects, utilities)] = ballotProjects.Count;
                ballotProjects.Add(projects);
                ballotUtilities.Add(utilities);
                multiplicity.Add(1);
            }
        }
        GroupProjects = ballotProjects.ToArray();
        GroupUtilities = ballotUtilities.ToArray();
        Multiplicity = multiplicity.ToArray();
        GroupCount = Multiplicity.Length;

        TotalUtility = new long[ProjectCount];
        SupporterCount = new long[ProjectCount];
        Uniform = Enumerable.Repeat(true, ProjectCount).ToArray();
        var firstUtility = new long[ProjectCount];
        var supporterLists = new List<(int Group, long Utility)>[ProjectCount];
        for (var p = 0; p < ProjectCount; p++)
        {
            supporterLists[p] = [];
        }
        for (var g = 0; g < GroupCount; g++)
        {
            for (var j = 0; j < GroupProjects[g].Length; j++)
            {
                var p = GroupProjects[g][j];
                var u = GroupUtilities[g][j];
                TotalUtility[p] = checked(TotalUtility[p] + Multiplicity[g] * u);
                if (u <= 0)
                {
                    continue;
                }
                if (supporterLists[p].Count == 0)
                {
                    firstUtility[p] = u;
                }
                else if (firstUtility[p] != u)
                {
                    Uniform[p] = false;
                }
                supporterLists[p].Add((g, u));
                SupporterCount[p] += Multiplicity[g];
            }
        }
        SupporterGroups = supporterLists.Select(l => l.Select(x => x.Group).ToArray()).ToArray();
        SupporterUtilities = supporterLists.Select(l => l.Select(x => x.Utility).ToArray()).ToArray();
        VoteCount = new long[ProjectCount];
        for (var g = 0; g < GroupCount; g++)
        {
            foreach (var p in GroupProjects[g])
            {
                VoteCount[p] += Multiplicity[g];
            }
        }
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

/// <summary>Compares ballots by content, so identical ballots share a group.</summary>
internal sealed class BallotComparer : IEqualityComparer<(int[] Projects, long[] Utilities)>
{
    public static BallotComparer Instance { get; } = new();

    public bool Equals((int[] Projects, long[] Utilities) x, (int[] Projects, long[] Utilities) y) =>
        x.Projects.AsSpan().SequenceEqual(y.Projects) && x.Utilities.AsSpan().SequenceEqual(y.Utilities);

    public int GetHashCode((int[] Projects, long[] Utilities) obj)
    {
        var hash = new HashCode();
        foreach (var p in obj.Projects)
        {
            hash.Add(p);
        }
        foreach (var u in obj.Utilities)
        {
            hash.Add(u);
        }
        return hash.ToHashCode();
    }
}
