using Budgeting.Reports.Model;

namespace Budgeting.Reports.Fonts;

/// <summary>The font files compiled into this assembly (Noto Sans subsets, see Fonts/README.md).</summary>
public static class EmbeddedFonts
{
    private static readonly Lazy<byte[]> RegularBytes = new(() => Read("NotoSans-Regular.subset.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Read("NotoSans-Bold.subset.ttf"));

    /// <summary>The TrueType file for a family and weight; throws for a family that is not embedded.</summary>
    public static ReadOnlyMemory<byte> Get(string family, FontWeight weight)
    {
        if (family != TextStyle.NotoSans)
        {
            throw new ArgumentException($"Font family \"{family}\" is not embedded; only \"{TextStyle.NotoSans}\" is.", nameof(family));
        }
        return weight == FontWeight.Bold ? BoldBytes.Value : RegularBytes.Value;
    }

    private static byte[] Read(string fileName)
    {
        var name = "Budgeting.Reports.Fonts." + fileName;
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font resource {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        if (copy.Length == 0)
        {
            throw new InvalidOperationException($"Embedded font resource {name} is empty.");
        }
        return copy.ToArray();
    }
}
