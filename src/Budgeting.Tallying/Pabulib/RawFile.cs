using System.Globalization;
using System.Numerics;

namespace Budgeting.Tallying.Pabulib;

/// <summary>The cells of a Pabulib file before interpretation; <see cref="Build"/> turns them into an election.</summary>
internal sealed class RawFile
{
    private static readonly HashSet<string> KnownProjectColumns =
        new(StringComparer.Ordinal) { "project_id", "cost", "name", "category", "categories", "target", "targets" };

    private static readonly HashSet<string> KnownVoteColumns = new(StringComparer.Ordinal) { "voter_id", "vote", "points" };

    private readonly Dictionary<string, (List<string> Header, int Line)> _headers = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Meta { get; } = [];

    public Dictionary<string, int> MetaLines { get; } = new(StringComparer.Ordinal);

    public List<(int Line, List<string> Fields)> ProjectRows { get; } = [];

    public List<(int Line, List<string> Fields)> VoteRows { get; } = [];

    /// <summary>Cells by header name, trimmed, without <c>none</c> cells; extra fields beyond the header are ignored.</summary>
    private static Dictionary<string, string> Cells(List<string> header, List<string> fields)
    {
        var cells = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
        for (var i = 0; i < header.Count && i < fields.Count; i++)
        {
            var value = fields[i].Trim();
            if (!value.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                cells[header[i]] = value;
            }
        }
        return cells;
    }

    public void AddHeader(string section, List<string> header, int line)
    {
        if (_headers.ContainsKey(section))
        {
            throw new PabulibFormatException(line, $"section {section.ToUpperInvariant()} appears twice");
        }
        _headers[section] = (header, line);
    }

    public Election Build()
    {
        foreach (var section in new[] { "meta", "projects", "votes" })
        {
            if (!_headers.ContainsKey(section))
            {
                throw new PabulibFormatException(0, $"the file has no {section.ToUpperInvariant()} section");
            }
        }
        var metaLine = _headers["meta"].Line;
        var budgetText = MetaValue("budget") ?? throw new PabulibFormatException(metaLine, "META has no 'budget' entry");
        var voteType = ParseVoteType(
            MetaValue("vote_type") ?? throw new PabulibFormatException(metaLine, "META has no 'vote_type' entry"),
            MetaLines["vote_type"]);
        var budgetLine = MetaLines["budget"];
        var projectHeader = _headers["projects"];
        if (!projectHeader.Header.Contains("cost"))
        {
            throw new PabulibFormatException(projectHeader.Line, "the PROJECTS header has no 'cost' column");
        }
        var voteHeader = _headers["votes"];
        if (!voteHeader.Header.Contains("vote"))
        {
            throw new PabulibFormatException(voteHeader.Line, "the VOTES header has no 'vote' column");
        }

        var amounts = new List<(BigInteger Units, int Decimals)> { PabulibReader.ParseAmount(budgetText, budgetLine, "budget") };
        var projectCells = ProjectRows.Select(r => (r.Line, First: r.Fields[0].Trim(), Cells: Cells(projectHeader.Header, r.Fields))).ToList();
        foreach (var (line, _, cells) in projectCells)
        {
            amounts.Add(PabulibReader.ParseAmount(cells.GetValueOrDefault("cost", ""), line, "cost"));
        }
        var decimals = amounts.Max(a => a.Decimals);
        if (decimals > 9)
        {
            throw new PabulibFormatException(metaLine, "amounts have more than 9 decimals");
        }
        long ToMinor((BigInteger Units, int Decimals) a, int line)
        {
            var scaled = a.Units * BigInteger.Pow(10, decimals - a.Decimals);
            return scaled > long.MaxValue / 4
                ? throw new PabulibFormatException(line, "amount too large")
                : (long)scaled;
        }

        var projects = new List<Project>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < projectCells.Count; i++)
        {
            var (line, first, cells) = projectCells[i];
            if (first.Length == 0)
            {
                throw new PabulibFormatException(line, "a project has an empty project_id");
            }
            if (!ids.Add(first))
            {
                throw new PabulibFormatException(line, $"project id '{first}' appears twice");
            }
            projects.Add(new Project(
                first,
                ToMinor(amounts[i + 1], line),
                cells.GetValueOrDefault("name"),
                SplitList(cells.GetValueOrDefault("category") ?? cells.GetValueOrDefault("categories")),
                SplitList(cells.GetValueOrDefault("target") ?? cells.GetValueOrDefault("targets")))
            {
                Extra = cells.Where(c => !KnownProjectColumns.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            });
        }

        var ballots = new List<Ballot>(VoteRows.Count);
        var columns = new VoteColumns(voteHeader.Header);
        foreach (var (line, fields) in VoteRows)
        {
            ballots.Add(ParseBallot(line, fields, columns, voteType, ids));
        }

        return new Election(ToMinor(amounts[0], budgetLine), voteType, projects, ballots, decimals)
        {
            Meta = Meta,
            ProjectColumns = projectHeader.Header.Where(h => h.Length > 0 && !KnownProjectColumns.Contains(h)).ToList(),
            VoteColumns = voteHeader.Header.Where(h => h.Length > 0 && !KnownVoteColumns.Contains(h)).ToList(),
        };
    }

    private static Ballot ParseBallot(int line, List<string> fields, VoteColumns columns, VoteType voteType, HashSet<string> ids)
    {
        string Cell(int i) => i >= 0 && i < fields.Count && !fields[i].Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? fields[i].Trim() : "";
        var voterId = columns.VoterId >= 0 ? Cell(columns.VoterId) : fields[0].Trim();
        var vote = Cell(columns.Vote);
        var entries = new List<string>();
        foreach (var part in vote.Split(','))
        {
            var entry = part.Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            if (!ids.Contains(entry))
            {
                throw new PabulibFormatException(line, $"the vote names project '{entry}', which is not in PROJECTS");
            }
            entries.Add(entry);
        }
        var extra = new Dictionary<string, string>(columns.Extra.Count, StringComparer.Ordinal);
        foreach (var (name, index) in columns.Extra)
        {
            if (index < fields.Count && !fields[index].Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                extra[name] = fields[index].Trim();
            }
        }
        if (voteType is VoteType.Cumulative or VoteType.Scoring)
        {
            var pointsText = Cell(columns.Points);
            var points = pointsText.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
            if (points.Count != entries.Count)
            {
                throw new PabulibFormatException(line, $"the vote lists {entries.Count} projects but {points.Count} points");
            }
            var parsed = new List<long>(points.Count);
            foreach (var p in points)
            {
                if (!decimal.TryParse(p, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) || d != decimal.Truncate(d)
                    || d < long.MinValue / 4 || d > long.MaxValue / 4)
                {
                    throw new PabulibFormatException(line, $"points '{p}' are not a whole number");
                }
                parsed.Add((long)d);
            }
            return Dedupe(voterId, entries, parsed, extra, line);
        }
        return Dedupe(voterId, entries, null, extra, line);
    }

    private static Ballot Dedupe(string voterId, List<string> entries, List<long>? points, Dictionary<string, string> extra, int line)
    {
        if (entries.Count < 2 || entries.Distinct(StringComparer.Ordinal).Count() == entries.Count)
        {
            return new Ballot(voterId, entries, points) { Extra = extra };
        }
        if (points is not null)
        {
            throw new PabulibFormatException(line, "the vote gives points to the same project twice");
        }
        return new Ballot(voterId, entries.Distinct(StringComparer.Ordinal).ToList()) { Extra = extra };
    }

    private static List<string>? SplitList(string? text) =>
        text is null ? null : text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private string? MetaValue(string key) => Meta.LastOrDefault(m => m.Key == key).Value;

    private static VoteType ParseVoteType(string text, int line) => text.Trim().ToLowerInvariant() switch
    {
        "approval" => VoteType.Approval,
        "choose-1" => VoteType.ChooseOne,
        "cumulative" => VoteType.Cumulative,
        "scoring" => VoteType.Scoring,
        "ordinal" => VoteType.Ordinal,
        _ => throw new PabulibFormatException(line, $"unknown vote_type '{text}'"),
    };
}

/// <summary>Column positions in the VOTES header.</summary>
internal sealed class VoteColumns
{
    public VoteColumns(List<string> header)
    {
        VoterId = header.IndexOf("voter_id");
        Vote = header.IndexOf("vote");
        Points = header.IndexOf("points");
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length > 0 && header[i] is not ("voter_id" or "vote" or "points"))
            {
                Extra.Add((header[i], i));
            }
        }
    }

    public int VoterId { get; }

    public int Vote { get; }

    public int Points { get; }

    public List<(string Name, int Index)> Extra { get; } = [];
}
