using System.Buffers.Binary;

namespace Budgeting.Reports.Fonts;

/// <summary>
/// Advance widths and vertical metrics read straight from a TrueType file (cmap, hmtx, hhea, head), so layout can
/// measure text without the PDF library. With no hinting and no kerning these are exactly the advances Skia draws.
/// </summary>
public sealed class FontMetrics
{
    private readonly Dictionary<int, ushort> _advanceByCodePoint;

    private FontMetrics(Dictionary<int, ushort> advances, int unitsPerEm, int ascender, int descender, int lineGap)
    {
        _advanceByCodePoint = advances;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        LineGap = lineGap;
    }

    public int UnitsPerEm { get; }

    public int Ascender { get; }

    /// <summary>Distance below the baseline, positive, in font units.</summary>
    public int Descender { get; }

    public int LineGap { get; }

    public bool Contains(int codePoint) => _advanceByCodePoint.ContainsKey(codePoint);

    /// <summary>Advance of a code point in font units, or null when the font has no glyph for it.</summary>
    public int? Advance(int codePoint) => _advanceByCodePoint.TryGetValue(codePoint, out var a) ? a : null;

    public static FontMetrics Parse(ReadOnlySpan<byte> font)
    {
        var tables = ReadTableDirectory(font);
        var head = Table(font, tables, "head");
        var hhea = Table(font, tables, "hhea");
        var hmtx = Table(font, tables, "hmtx");
        var unitsPerEm = U16(head, 18);
        var numberOfHMetrics = U16(hhea, 34);
        var glyphByCodePoint = ReadCmap(Table(font, tables, "cmap"));
        var advances = new Dictionary<int, ushort>(glyphByCodePoint.Count);
        foreach (var (codePoint, glyph) in glyphByCodePoint)
        {
            var metric = Math.Min(glyph, numberOfHMetrics - 1);
            advances[codePoint] = U16(hmtx, metric * 4);
        }
        return new FontMetrics(advances, unitsPerEm, I16(hhea, 4), -I16(hhea, 6), I16(hhea, 8));
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> font)
    {
        var tables = new Dictionary<string, (int, int)>();
        var count = U16(font, 4);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)U32(record, 8), (int)U32(record, 12));
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t)
            ? font.Slice(t.Offset, t.Length)
            : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static Dictionary<int, int> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = U16(cmap, 2);
        int? format4 = null;
        for (var i = 0; i < count; i++)
        {
            var platform = U16(cmap, 4 + i * 8);
            var encoding = U16(cmap, 6 + i * 8);
            var offset = (int)U32(cmap, 8 + i * 8);
            var format = U16(cmap, offset);
            if (platform == 3 && encoding == 10 && format == 12)
            {
                return ReadFormat12(cmap[offset..]);
            }
            if ((platform == 3 && encoding == 1 || platform == 0) && format == 4)
            {
                format4 = offset;
            }
        }
        return format4 is { } f
            ? ReadFormat4(cmap[f..])
            : throw new InvalidDataException("The font has no Unicode cmap (format 4 or 12).");
    }

    private static Dictionary<int, int> ReadFormat4(ReadOnlySpan<byte> sub)
    {
        var map = new Dictionary<int, int>();
        var segments = U16(sub, 6) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(sub, ends + s * 2), start = U16(sub, starts + s * 2);
            int delta = I16(sub, deltas + s * 2), rangeOffset = U16(sub, rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var raw = rangeOffset == 0 ? c : U16(sub, rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
                var glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                if (glyph != 0)
                {
                    map[c] = glyph;
                }
            }
        }
        return map;
    }

    private static Dictionary<int, int> ReadFormat12(ReadOnlySpan<byte> sub)
    {
        var map = new Dictionary<int, int>();
        var groups = (int)U32(sub, 12);
        for (var i = 0; i < groups; i++)
        {
            int start = (int)U32(sub, 16 + i * 12), end = (int)U32(sub, 20 + i * 12), glyph = (int)U32(sub, 24 + i * 12);
            for (var c = start; c <= end; c++)
            {
                map[c] = glyph + (c - start);
            }
        }
        return map;
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static short I16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadInt16BigEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
