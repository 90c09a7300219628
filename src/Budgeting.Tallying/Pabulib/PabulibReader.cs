using System.Globalization;
using System.IO.Compression;
using System.Numerics;

namespace Budgeting.Tallying.Pabulib;

/// <summary>
/// Reads the Pabulib <c>.pb</c> format (Faliszewski et al., "Participatory Budgeting: Data, Tools, and Analysis",
/// IJCAI 2023; pabulib.org), as pabutools' <c>parse_pabulib</c> does: sections META, PROJECTS and VOTES,
/// <c>;</c>-separated with quoting, an optional UTF-8 BOM, cells <c>none</c> read as absent, decimal amounts with a
/// point or a comma, extra columns kept. Every problem is a <see cref="PabulibFormatException"/> naming the line.
/// </summary>
public static class PabulibReader
{
    /// <summary>Reads an election from text.</summary>
    /// <exception cref="PabulibFormatException">The text is not a valid Pabulib file.</exception>
    public static Election Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var raw = new RawFile();
        string? section = null;
        List<string>? header = null;
        var lineNumber = 0;
        var expectHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var row = SemicolonCsv.Split(line, lineNumber);
            if (row[0].Length <= 10 && row[0].Trim().ToLowerInvariant() is "meta" or "projects" or "votes" && row.Skip(1).All(f => f.Trim().Length == 0))
            {
                var first = row[0].Trim().ToLowerInvariant();
                section = first;
                expectHeader = true;
                continue;
            }
            if (expectHeader)
            {
                header = row.Select(h => h.Trim()).ToList();
                expectHeader = false;
                raw.AddHeader(section!, header, lineNumber);
                continue;
            }
            switch (section)
            {
                case null:
                    throw new PabulibFormatException(lineNumber, "content before the first section (META, PROJECTS or VOTES)");
                case "meta":
                    if (row.Count < 2)
                    {
                        throw new PabulibFormatException(lineNumber, "a META row needs a key and a value");
                    }
                    raw.Meta.Add(new KeyValuePair<string, string>(row[0].Trim(), row[1].Trim()));
                    raw.MetaLines[row[0].Trim()] = lineNumber;
                    break;
                default:
                    (section == "projects" ? raw.ProjectRows : raw.VoteRows).Add((lineNumber, row));
                    break;
            }
        }
        return raw.Build();
    }

    /// <summary>Reads an election from a stream holding a <c>.pb</c> file, gzip-compressed or not.</summary>
    /// <exception cref="PabulibFormatException">The content is not a valid Pabulib file.</exception>
    public static Election Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffered = new BufferedStream(stream);
        var magic = new byte[2];
        var peeked = buffered.Read(magic, 0, 2);
        Stream source = buffered;
        if (buffered.CanSeek)
        {
            buffered.Seek(-peeked, SeekOrigin.Current);
        }
        else
        {
            source = new ConcatStream(magic.AsMemory(0, peeked), buffered);
        }
        if (peeked == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            source = new GZipStream(source, CompressionMode.Decompress);
        }
        using var text = new StreamReader(source, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return Read(text);
        }
        catch (InvalidDataException e)
        {
            throw new PabulibFormatException("the gzip stream is corrupt: " + e.Message, e);
        }
    }

    internal static (BigInteger Units, int Decimals) ParseAmount(string text, int lineNumber, string what)
    {
        var s = text.Trim().Replace(',', '.');
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? "" : s[(dot + 1)..].TrimEnd('0');
        if (whole.Length == 0 && fraction.Length == 0 && dot >= 0)
        {
            whole = "0";
        }
        if (!BigInteger.TryParse(whole.Length == 0 ? "0" : whole, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var w)
            || !fraction.All(char.IsAsciiDigit) || s.Length == 0 || w.Sign < 0 || s.StartsWith('-'))
        {
            throw new PabulibFormatException(lineNumber, $"{what} '{text}' is not a non-negative number");
        }
        var units = w;
        foreach (var digit in fraction)
        {
            units = units * 10 + (digit - '0');
        }
        return (units, fraction.Length);
    }
}
