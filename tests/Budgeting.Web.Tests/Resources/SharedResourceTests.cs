using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Resources;

public sealed partial class SharedResourceTests
{
    private static readonly string WebFolder = Path.Combine(RepoRoot.Path, "src", "Budgeting.Web");

    private static readonly IReadOnlyDictionary<string, string> Spanish = Load("SharedResource.resx");

    private static readonly IReadOnlyDictionary<string, string> English = Load("SharedResource.en.resx");

    [Test]
    public void EverySpanishKeyHasAnEnglishTranslation() =>
        Assert.That(Spanish.Keys.Except(English.Keys), Is.Empty);

    [Test]
    public void EveryEnglishKeyHasASpanishOriginal() =>
        Assert.That(English.Keys.Except(Spanish.Keys), Is.Empty);

    [Test]
    public void NoTranslationIsEmpty() =>
        Assert.That(Spanish.Concat(English).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key), Is.Empty);

    [Test]
    public void TranslationsUseTheSamePlaceholders()
    {
        var mismatched = Spanish.Keys.Intersect(English.Keys)
            .Where(k => !Placeholders(Spanish[k]).SetEquals(Placeholders(English[k])))
            .ToList();

        Assert.That(mismatched, Is.Empty);
    }

    [Test]
    public void FindsLiteralKeysInTheSources() => Assert.That(LiteralKeys(), Has.Count.GreaterThan(50));

    [TestCaseSource(nameof(Languages))]
    public void HasEveryLiteralKeyUsedInTheSources(string language)
    {
        var resources = language == "es" ? Spanish : English;

        Assert.That(LiteralKeys().Where(k => !resources.ContainsKey(k)), Is.Empty);
    }

    [TestCaseSource(nameof(Languages))]
    public void HasEveryDynamicKey(string language)
    {
        var resources = language == "es" ? Spanish : English;
        var keys = Constants(typeof(AuditActions)).Select(a => "Audit." + a)
            .Concat(Enum.GetNames<Phase>().Select(p => "Phase." + p))
            .Concat(Constants(typeof(DomainErrors)).Select(e => "Error." + e));

        Assert.That(keys.Where(k => !resources.ContainsKey(k)), Is.Empty);
    }

    private static IEnumerable<string> Languages() => ["es", "en"];

    private static IReadOnlyDictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    private static List<string> LiteralKeys() =>
        Directory.EnumerateFiles(WebFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [GeneratedRegex(@"\b[Ll]\[""([^""]+)""\s*[\],]")]
    private static partial Regex LocalizerKeyPattern();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
