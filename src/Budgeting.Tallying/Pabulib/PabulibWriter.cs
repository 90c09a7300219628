using System.Globalization;
using System.IO.Compression;

namespace Budgeting.Tallying.Pabulib;

/// <summary>
/// Writes the Pabulib <c>.pb</c> format so that <see cref="PabulibReader"/> reads back the same election
/// (amounts are written with exactly <see cref="Election.MoneyDecimals"/> decimals).
/// </summary>
public static class PabulibWriter
{
    /// <summary>Writes <paramref name="election"/> as Pabulib text.</summary>
    public static void Write(Election election, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\n";
        writer.WriteLine("META");
        writer.WriteLine("key;value");
        var fixedMeta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["budget"] = FormatMoney(election.Budget, election.MoneyDecimals),
            ["vote_type"] = VoteTypeName(election.VoteType),
            ["num_projects"] = election.Projects.Count.ToString(CultureInfo.InvariantCulture),
            ["num_votes"] = election.Ballots.Count.ToString(CultureInfo.InvariantCulture),
        };
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in election.Meta)
        {
            if (written.Add(key))
            {
                writer.WriteLine(SemicolonCsv.Join([key, fixedMeta.GetValueOrDefault(key, value)]));
            }
        }
        foreach (var (key, value) in fixedMeta)
        {
            if (written.Add(key))
            {
                writer.WriteLine(SemicolonCsv.Join([key, value]));
            }
        }

        writer.WriteLine("PROJECTS");
        var hasName = election.Projects.Any(p => p.Name is not null);
        var hasCategory = election.Projects.Any(p => p.Categories is not null);
        var hasTarget = election.Projects.Any(p => p.Targets is not null);
        var header = new List<string> { "project_id", "cost" };
        if (hasName) header.Add("name");
        if (hasCategory) header.Add("category");
        if (hasTarget) header.Add("target");
        header.AddRange(election.ProjectColumns);
        writer.WriteLine(SemicolonCsv.Join(header));
        foreach (var p in election.Projects)
        {
            var row = new List<string> { p.Id, FormatMoney(p.Cost, election.MoneyDecimals) };
            if (hasName) row.Add(p.Name ?? "none");
            if (hasCategory) row.Add(p.Categories is null ? "none" : string.Join(',', p.Categories));
            if (hasTarget) row.Add(p.Targets is null ? "none" : string.Join(',', p.Targets));
            row.AddRange(election.ProjectColumns.Select(c => p.Extra.GetValueOrDefault(c, "none")));
            writer.WriteLine(SemicolonCsv.Join(row));
        }

        writer.WriteLine("VOTES");
        var withPoints = election.VoteType is VoteType.Cumulative or VoteType.Scoring;
        var voteHeader = new List<string> { "voter_id", "vote" };
        if (withPoints) voteHeader.Add("points");
        voteHeader.AddRange(election.VoteColumns);
        writer.WriteLine(SemicolonCsv.Join(voteHeader));
        foreach (var b in election.Ballots)
        {
            var row = new List<string> { b.VoterId, string.Join(',', b.Projects) };
            if (withPoints)
            {
                row.Add(string.Join(',', (b.Points ?? []).Select(x => x.ToString(CultureInfo.InvariantCulture))));
            }
            row.AddRange(election.VoteColumns.Select(c => b.Extra.GetValueOrDefault(c, "none")));
            writer.WriteLine(SemicolonCsv.Join(row));
        }
    }

    /// <summary>Writes <paramref name="election"/> to a stream, gzip-compressed when <paramref name="gzip"/> is set.</summary>
    public static void Write(Election election, Stream stream, bool gzip)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Stream target = gzip ? new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true) : stream;
        using (var writer = new StreamWriter(target, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            Write(election, writer);
        }
        if (gzip)
        {
            target.Dispose();
        }
    }

    /// <summary>Formats minor units as a decimal amount with exactly <paramref name="decimals"/> decimals.</summary>
    public static string FormatMoney(long minorUnits, int decimals)
    {
        if (decimals == 0)
        {
            return minorUnits.ToString(CultureInfo.InvariantCulture);
        }
        var text = Math.Abs(minorUnits).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        return (minorUnits < 0 ? "-" : "") + text[..^decimals] + "." + text[^decimals..];
    }

    /// <summary>The Pabulib name of a vote type.</summary>
    public static string VoteTypeName(VoteType voteType) => voteType switch
    {
        VoteType.Approval => "approval",
        VoteType.ChooseOne => "choose-1",
        VoteType.Cumulative => "cumulative",
        VoteType.Scoring => "scoring",
        VoteType.Ordinal => "ordinal",
        _ => throw new ArgumentOutOfRangeException(nameof(voteType)),
    };
}
