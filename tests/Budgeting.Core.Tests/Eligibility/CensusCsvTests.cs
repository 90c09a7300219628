using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Tests.Voting;
using static Budgeting.Core.Tests.Processes.Schedules;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class CensusCsvTests
{
    private const int Centro = 10;
    private const int SantaUrsula = 20;
    private const int SanLucas = 30;

    private static readonly IReadOnlyList<District> Districts = MakeDistricts();

    [Test]
    public void ReadsSpanishHeaderAndRows()
    {
        var file = Read("clave_elector,colonia\nGMVLMR80070501M100,Centro\nABCD1234,Santa Úrsula Coapa\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.True);
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.MoreErrors, Is.Zero);
            Assert.That(file.Rows, Is.EqualTo(new[]
            {
                new CensusRow(2, "GMVLMR80070501M100", Centro),
                new CensusRow(3, "ABCD1234", SantaUrsula),
            }));
        });
    }

    [TestCase("identifier", "district", ',')]
    [TestCase("Identifier", "District", ';')]
    [TestCase("document", "district", '\t')]
    [TestCase("identificador", "distrito", ',')]
    [TestCase("Clave de Elector", "Unidad Territorial", ';')]
    [TestCase("CLAVE_ELECTOR", "COLONIA", '\t')]
    [TestCase("curp", "unidad_territorial", ',')]
    [TestCase("  Documento ", " Barrio  ", ';')]
    [TestCase("clave", "pueblo", '\t')]
    [TestCase("id", "unidad", ',')]
    [TestCase("clave  de   elector", "unidad territorial", ',')]
    public void ReadsHeaderInSpanishOrEnglishWithItsSeparator(string identifierColumn, string districtColumn, char separator)
    {
        var lines = new[]
        {
            $"{identifierColumn}{separator}{districtColumn}",
            $"ABCD1234{separator}Centro",
            $"EFGH5678{separator}San Lucas",
        };

        var file = Read(string.Join("\n", lines));

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(2, "ABCD1234", Centro), new CensusRow(3, "EFGH5678", SanLucas) }));
        });
    }

    [Test]
    public void FindsColumnsAnywhereInTheHeader()
    {
        var file = Read("nombre;colonia;teléfono;clave_elector\nPérez, Juan;Centro;55 1234 5678;ABCD1234\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(2, "ABCD1234", Centro) }));
        });
    }

    [Test]
    public void ReadsQuotedFieldsWithSeparatorsAndDoubledQuotes()
    {
        var file = Read(
            "\"nombre\",\"clave\",\"colonia\"\n" +
            "\"Pérez, Juan \"\"el Güero\"\"\",\"ABCD-1234\",\"Santa Úrsula Coapa\"\n" +
            "\"O\"\"Brien; Ana\",EFGH5678,\"San Lucas\"\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(2, "ABCD1234", SantaUrsula), new CensusRow(3, "EFGH5678", SanLucas) }));
        });
    }

    [Test]
    public void ReadsQuotedSeparatorWithSemicolons()
    {
        var file = Read("clave;colonia;notas\nABCD1234;\"Centro\";\"vive en a; b; c\"\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(2, "ABCD1234", Centro) }));
        });
    }

    [TestCase("\uFEFFclave_elector,colonia\nABCD1234,Centro\n")]
    [TestCase("\uFEFFclave_elector,colonia\r\nABCD1234,Centro\r\n")]
    [TestCase("clave_elector,colonia\r\nABCD1234,Centro")]
    public void ReadsByteOrderMarkAndLineEndings(string text)
    {
        var file = Read(text);

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(2, "ABCD1234", Centro) }));
        });
    }

    [Test]
    public void ReadsByteOrderMarkFromAStream()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("clave,colonia\nABCD1234,Centro\n")).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);

        var file = CensusCsv.Read(reader, Districts);

        Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(2, "ABCD1234", Centro) }));
    }

    [Test]
    public void SkipsBlankLinesAndKeepsPhysicalLineNumbers()
    {
        var file = Read("\n  \nclave,colonia\n\nABCD1234,Centro\n \t \nEFGH5678,San Lucas\n\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows, Is.EqualTo(new[] { new CensusRow(5, "ABCD1234", Centro), new CensusRow(7, "EFGH5678", SanLucas) }));
        });
    }

    [TestCase("Centro", Centro)]
    [TestCase("CENTRO", Centro)]
    [TestCase("  centro  ", Centro)]
    [TestCase("Santa Úrsula Coapa", SantaUrsula)]
    [TestCase("santa ursula coapa", SantaUrsula)]
    [TestCase("SANTA  ÚRSULA   COAPA", SantaUrsula)]
    [TestCase("Santa Ürsula Cóapa", SantaUrsula)]
    [TestCase("Santa U\u0301rsula Coapa", SantaUrsula)]
    [TestCase(" san lúcas ", SanLucas)]
    public void MatchesDistrictsWithoutCaseAccentsOrExtraSpaces(string written, int districtId)
    {
        var file = Read($"clave,colonia\nABCD1234,\"{written}\"\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.Rows.Select(r => r.DistrictId), Is.EqualTo(new[] { districtId }));
        });
    }

    [Test]
    public void NormalizesIdentifiers()
    {
        var file = Read("clave,colonia\n  abcd-1234 ,Centro\nＥＦＧＨ５６７８,Centro\n");

        Assert.That(file.Rows.Select(r => r.Identifier), Is.EqualTo(new[] { "ABCD1234", "EFGH5678" }));
    }

    [Test]
    public void ReportsEveryBadRowWithItsLineAndCode()
    {
        var file = Read(string.Join("\n",
            "clave_elector,colonia",
            "ABCD1234,Centro",
            "AB,Centro",
            "EFGH5678,  Atlantis ",
            "IJKL9012",
            "\"MNOP3456,Centro",
            "abcd-1234,San Lucas",
            "QRST7890,Centro",
            "PEÑA800705,Centro",
            ",Centro",
            "UVWX1234,"));

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.False);
            Assert.That(file.MoreErrors, Is.Zero);
            Assert.That(file.Errors, Is.EqualTo(new[]
            {
                new CensusError(3, CensusErrors.InvalidIdentifier),
                new CensusError(4, CensusErrors.UnknownDistrict, "Atlantis"),
                new CensusError(5, CensusErrors.MissingField),
                new CensusError(6, CensusErrors.UnclosedQuote),
                new CensusError(7, CensusErrors.Duplicate, "2"),
                new CensusError(9, CensusErrors.InvalidIdentifier),
                new CensusError(10, CensusErrors.InvalidIdentifier),
                new CensusError(11, CensusErrors.UnknownDistrict, ""),
            }));
            Assert.That(file.Rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 8 }));
        });
    }

    [Test]
    public void ReportsDuplicatesAgainstTheFirstLineAfterNormalizing()
    {
        var file = Read("clave,colonia\nABCD1234,Centro\nEFGH5678,Centro\nabcd 1234,Centro\nＡＢＣＤ－１２３４,San Lucas\n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.False);
            Assert.That(file.Errors, Is.EqualTo(new[]
            {
                new CensusError(4, CensusErrors.Duplicate, "2"),
                new CensusError(5, CensusErrors.Duplicate, "2"),
            }));
        });
    }

    [Test]
    public void ReportsMissingFieldWhenTheRowUsesAnotherSeparator()
    {
        var file = Read("clave;colonia\nABCD1234,Centro\n");

        Assert.That(file.Errors, Is.EqualTo(new[] { new CensusError(2, CensusErrors.MissingField) }));
    }

    [TestCase("nombre,teléfono\nABCD1234,Centro\n", 1)]
    [TestCase("clave_elector,nombre\nABCD1234,Juan\n", 1)]
    [TestCase("nombre,colonia\nJuan,Centro\n", 1)]
    [TestCase("\n\nclave colonia\nABCD1234 Centro\n", 3)]
    [TestCase("ABCD1234,Centro\nclave,colonia\n", 1)]
    [TestCase("\"clave,colonia\nABCD1234,Centro\n", 1)]
    public void ReportsMissingHeader(string text, int line)
    {
        var file = Read(text);

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.False);
            Assert.That(file.Errors, Is.EqualTo(new[] { new CensusError(line, CensusErrors.MissingHeader) }));
            Assert.That(file.Rows, Is.Empty);
        });
    }

    [TestCase("")]
    [TestCase("\n")]
    [TestCase("\n \n\t\n")]
    [TestCase("\uFEFF")]
    public void ReportsEmptyFile(string text) =>
        Assert.That(Read(text).Errors, Is.EqualTo(new[] { new CensusError(0, CensusErrors.Empty) }));

    [TestCase("clave,colonia")]
    [TestCase("clave,colonia\n\n  \n")]
    public void ReportsHeaderWithoutRows(string text)
    {
        var file = Read(text);

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.False);
            Assert.That(file.Errors, Is.EqualTo(new[] { new CensusError(0, CensusErrors.NoRows) }));
        });
    }

    [Test]
    public void ReportsOnlyTheRowErrorsWhenNoRowIsGood()
    {
        var file = Read("clave,colonia\nAB,Centro\n");

        Assert.That(file.Errors, Is.EqualTo(new[] { new CensusError(2, CensusErrors.InvalidIdentifier) }));
    }

    [TestCase(1, 1, 0)]
    [TestCase(100, 100, 0)]
    [TestCase(101, 100, 1)]
    [TestCase(250, 100, 150)]
    public void CapsErrorsAndCountsTheRest(int badRows, int reported, int more)
    {
        var lines = new List<string> { "clave,colonia", "ZZZZ0000,Centro" };
        lines.AddRange(Enumerable.Range(0, badRows).Select(i => $"AB_{i},Centro"));
        lines.Add("ZZZZ9999,Centro");

        var file = Read(string.Join("\n", lines));

        Assert.Multiple(() =>
        {
            Assert.That(CensusCsv.MaxErrors, Is.EqualTo(100));
            Assert.That(file.Succeeded, Is.False);
            Assert.That(file.Errors, Has.Count.EqualTo(reported));
            Assert.That(file.MoreErrors, Is.EqualTo(more));
            Assert.That(file.Errors.Select(e => e.Line), Is.EqualTo(Enumerable.Range(3, reported)));
            Assert.That(file.Errors.Select(e => e.Code), Is.All.EqualTo(CensusErrors.InvalidIdentifier));
        });
    }

    [Test]
    public void FailsWhenOneRowOfManyIsBad()
    {
        var lines = new List<string> { "clave,colonia" };
        lines.AddRange(Enumerable.Range(0, 500).Select(i => $"ABCD{i:D4},Centro"));
        lines.Insert(300, "ABCD0007,Centro");

        var file = Read(string.Join("\n", lines));

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.False);
            Assert.That(file.Errors, Is.EqualTo(new[] { new CensusError(301, CensusErrors.Duplicate, "9") }));
            Assert.That(file.Rows, Has.Count.EqualTo(500));
        });
    }

    [Test]
    public void RefusesMissingArguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => CensusCsv.Read(null!, Districts), Throws.ArgumentNullException);
            Assert.That(() => CensusCsv.Read(new StringReader(""), null!), Throws.ArgumentNullException);
        });
    }

    [TestCase("Santa Úrsula Coapa", ExpectedResult = "santa ursula coapa")]
    [TestCase("  SAN\t\tLUCAS  ", ExpectedResult = "san lucas")]
    [TestCase("Ñuñoa", ExpectedResult = "nunoa")]
    [TestCase("", ExpectedResult = "")]
    [TestCase("Ｃｅｎｔｒｏ", ExpectedResult = "centro")]
    public string ComparesNamesByKey(string name) => CensusCsv.Key(name);

    [Test]
    public void DistrictsWhoseNamesDifferOnlyInSpacingDoNotBreakTheImport()
    {
        var process = Process.Create(Details());
        process.AddDistrict("San Lucas", 1, During(Phase.Draft));
        process.AddDistrict("San  Lucas", 1, During(Phase.Draft));
        Entities.SetId(process.Districts[0], 1);
        Entities.SetId(process.Districts[1], 2);

        var file = CensusCsv.Read(new StringReader("clave,colonia\nABCD1234,San Lucas"), process.Districts);

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.True);
            Assert.That(file.Rows.Single().DistrictId, Is.EqualTo(1));
        });
    }

    [Test]
    public void SkipsRowsOfSeparatorsOnlyAsSpreadsheetsLeaveThem()
    {
        var file = Read("clave,colonia\nABCD1234,Centro\n,\n , \n");

        Assert.Multiple(() =>
        {
            Assert.That(file.Succeeded, Is.True);
            Assert.That(file.Rows, Has.Count.EqualTo(1));
        });
    }

    private static CensusFile Read(string text) => CensusCsv.Read(new StringReader(text), Districts);

    private static List<District> MakeDistricts()
    {
        var process = Process.Create(Details());
        var ids = new[] { ("Centro", Centro), ("Santa Úrsula Coapa", SantaUrsula), ("San Lucas", SanLucas) };
        foreach (var (name, id) in ids)
        {
            var added = process.AddDistrict(name, 1000, During(Phase.Draft));
            Assert.That(added.Succeeded, Is.True);
            Entities.SetId(process.Districts[^1], id);
        }
        return [.. process.Districts];
    }
}
