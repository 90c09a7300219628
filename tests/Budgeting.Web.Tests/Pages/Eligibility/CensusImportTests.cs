using System.Net;
using System.Text;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class CensusImportTests : AdminFixture
{
    [Test, Category(BudgetingApp.SqliteOnly)]
    public async Task ImportsAValidListAndShowsTheCountsPerDistrict()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census, opensIn: TimeSpan.FromDays(2));
        var ids = Enumerable.Range(0, 5).Select(_ => NewIdentifier()).ToArray();
        var csv = $"clave_elector,colonia\n{ids[0]},Colonia Centro\n{ids[1].ToLowerInvariant()},colonia centro\n\"{ids[2]}\",COLONIA CENTRO\n"
            + $"{ids[3]},Colonia Norte\n{Dashed(ids[4])}, Colonia  Norte \n";

        var after = new EligibilityPage(await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync(csv));

        var salt = await EligibilitySetup.SaltAsync(App, process.Id);
        var stored = await DbAsync(db => db.CensusEntries.AsNoTracking().Where(e => e.ProcessId == process.Id).ToListAsync());
        var expected = ids.Select((id, i) => (CensusIdentifier.Hash(salt, id), i < 3 ? process.Home : process.Other));
        Assert.Multiple(async () =>
        {
            Assert.That(after.Page.Url.AbsolutePath, Is.EqualTo($"/organize/processes/{process.Id}/eligibility"));
            Assert.That(after.Page.StatusMessage, Is.EqualTo("Padrón importado: 5 personas nuevas, 0 que ya estaban."));
            Assert.That(after.Census, Is.EqualTo(new[] { ("Colonia Centro", "3", "0"), ("Colonia Norte", "2", "0") }));
            Assert.That(stored.Select(e => (e.IdentifierHash, e.DistrictId)), Is.EquivalentTo(expected));
            Assert.That(stored.Select(e => e.AccountId), Is.All.Null);
            Assert.That(await EligibilitySetup.AuditAsync(App, process.Id), Does.Contain((AuditActions.CensusImported, "added=5 present=0")));
            foreach (var id in ids)
            {
                Assert.That(after.Page.Document.DocumentElement.OuterHtml, Does.Not.Contain(id).IgnoreCase, "the page shows an identifier");
                Assert.That(StoredFilesContain(id), Is.False, "an identifier is stored in the clear");
            }
        });
    }

    [Test]
    public async Task ReportsEveryBadLineWithItsNumberAndImportsNothing()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.CensusOrCodes);
        var (a, b, c) = (NewIdentifier(), NewIdentifier(), NewIdentifier());
        var csv = string.Join("\n",
            "identificador;distrito",
            $"{a};Colonia Centro",
            "AB1;Colonia Centro",
            "",
            $"{b};Colonia Sur",
            $"{Dashed(a).ToLowerInvariant()};Colonia Norte",
            $"{c};Colonia Norte",
            $"\"{c}X;Colonia Norte",
            $"{c}Y",
            $"{c}-Ñ;Colonia Norte");

        var after = new EligibilityPage(await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync(csv));

        Assert.Multiple(async () =>
        {
            Assert.That(after.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Page.Find("#census-errors p")?.TextContent.Trim(),
                Is.EqualTo("No se importó nada. Corrige estos problemas y vuelve a subir el archivo:"));
            Assert.That(after.CensusErrors, Is.EqualTo(new[]
            {
                "Línea 3: el identificador debe tener de 4 a 40 letras o números.",
                "Línea 5: no hay una colonia llamada «Colonia Sur» en este proceso.",
                "Línea 6: esta persona ya aparece en la línea 2.",
                "Línea 8: hay unas comillas sin cerrar.",
                "Línea 9: faltan columnas.",
                "Línea 10: el identificador debe tener de 4 a 40 letras o números.",
            }));
            Assert.That(after.Census, Is.EqualTo(new[] { ("Colonia Centro", "0", "0"), ("Colonia Norte", "0", "0") }));
            Assert.That(await EligibilitySetup.CensusCountAsync(App, process.Id), Is.Zero);
            Assert.That((await EligibilitySetup.AuditAsync(App, process.Id)).Select(e => e.Action), Does.Not.Contain(AuditActions.CensusImported));
            Assert.That(after.Page.Document.DocumentElement.OuterHtml, Does.Not.Contain(a).And.Not.Contain(b).And.Not.Contain(c));
        });
    }

    [TestCase("\n\n", "El archivo está vacío.")]
    [TestCase("clave_elector,colonia\n", "El archivo solo tiene la fila de encabezados.")]
    [TestCase("nombre,edad\nAna,30\n",
        "Línea 1: La primera fila debe nombrar una columna de identificador (clave_elector, curp, identificador…) y una de colonia (colonia, distrito, unidad territorial…).")]
    [TestCase(null, "Falta completar «Archivo CSV del padrón».")]
    public async Task RefusesAFileWithoutPeople(string? csv, string error)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census);
        var page = await EligibilityPage.OpenAsync(Admin, process.Id);

        var after = csv is null
            ? await page.Page.Form("census-form").SubmitAsync("census-submit")
            : await page.ImportAsync(csv);

        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Does.Contain(error));
            Assert.That(after.StatusMessage, Is.Null);
            Assert.That(await EligibilitySetup.CensusCountAsync(App, process.Id), Is.Zero);
        });
    }

    [Test]
    public async Task ImportingTheSameListAgainAddsNobody()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census);
        var csv = $"curp,colonia\n{NewIdentifier()},Colonia Centro\n{NewIdentifier()},Colonia Norte\n{NewIdentifier()},Colonia Norte\n";
        var first = await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync(csv);

        var again = new EligibilityPage(await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync(csv));

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusMessage, Is.EqualTo("Padrón importado: 3 personas nuevas, 0 que ya estaban."));
            Assert.That(again.Page.StatusMessage, Is.EqualTo("Padrón importado: 0 personas nuevas, 3 que ya estaban."));
            Assert.That(again.Census, Is.EqualTo(new[] { ("Colonia Centro", "1", "0"), ("Colonia Norte", "2", "0") }));
            Assert.That(await EligibilitySetup.CensusCountAsync(App, process.Id), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task RefusesAPersonAlreadyInTheCensusInAnotherDistrict()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census);
        var (known, added) = (NewIdentifier(), NewIdentifier());
        await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync($"curp,colonia\n{known},Colonia Centro\n");

        var after = new EligibilityPage(await (await EligibilityPage.OpenAsync(Admin, process.Id))
            .ImportAsync($"curp,colonia\n{added},Colonia Norte\n{known.ToLowerInvariant()},Colonia Norte\n"));

        Assert.Multiple(async () =>
        {
            Assert.That(after.CensusErrors, Is.EqualTo(new[] { "Línea 3: esta persona ya está en el padrón con otra colonia." }));
            Assert.That(after.Census, Is.EqualTo(new[] { ("Colonia Centro", "1", "0"), ("Colonia Norte", "0", "0") }));
            Assert.That(await EligibilitySetup.CensusCountAsync(App, process.Id), Is.EqualTo(1));
        });
    }

    [TestCase(EligibilityMode.Residents)]
    [TestCase(EligibilityMode.Codes)]
    public async Task RefusesAnUploadWhenTheModeHasNoCensus(EligibilityMode mode)
    {
        var process = await EligibilitySetup.CreateAsync(App, mode, opensIn: TimeSpan.FromDays(2));
        var page = await EligibilityPage.OpenAsync(Admin, process.Id);
        var token = page.Page.Find("#eligibility-form input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"curp,colonia\n{NewIdentifier()},Colonia Centro\n")), "file", "padron.csv" },
        };

        var after = await Admin.PostAsync($"/organize/processes/{process.Id}/eligibility?handler=Census", body);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Find("#census-form"), Is.Null);
            Assert.That(page.Page.Texts("p.hint"), Does.Contain("Para importar un padrón, elige primero una forma de participar con padrón."));
            Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Errors, Does.Contain("Para importar un padrón, elige primero una forma de participar con padrón."));
            Assert.That(await EligibilitySetup.CensusCountAsync(App, process.Id), Is.Zero);
        });
    }

    [Test]
    public async Task RefusesAnUploadOnceVotingHasClosed()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census, opensIn: TimeSpan.FromDays(-5), closesIn: TimeSpan.FromDays(-1));

        var after = await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync($"curp,colonia\n{NewIdentifier()},Colonia Centro\n");

        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Does.Contain(
                "Las reglas de la votación ya están fijas: no se pueden cambiar colonias, presupuestos ni moneda una vez abierta la votación."));
            Assert.That(await EligibilitySetup.CensusCountAsync(App, process.Id), Is.Zero);
        });
    }

    [Test]
    public async Task ReportsTheProblemsInEnglish()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census);
        var organizer = await SignedInAsAdminAsync("en");

        var after = new EligibilityPage(await (await EligibilityPage.OpenAsync(organizer, process.Id))
            .ImportAsync($"district,identifier\nColonia Centro,{NewIdentifier()}\nColonia Centro,X\nColonia Oeste,{NewIdentifier()}\n"));

        Assert.That(after.CensusErrors, Is.EqualTo(new[]
        {
            "Line 3: the identifier must have 4 to 40 letters or digits.",
            "Line 4: there is no district called \"Colonia Oeste\" in this process.",
        }));
    }

    /// <summary>An identifier like a voter card key: 18 letters and digits, unique to the test.</summary>
    internal static string NewIdentifier() => "GOMR" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();

    /// <summary>The identifier as people write it on paper: groups of four with dashes.</summary>
    internal static string Dashed(string identifier) =>
        string.Join("-", identifier.Chunk(4).Select(c => new string(c)));

    /// <summary>Whether any file the app wrote (database, its journal, uploads, mail) holds the text.</summary>
    private bool StoredFilesContain(string text)
    {
        var folder = Path.GetDirectoryName(App.DatabasePath)!;
        var needles = new[] { Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetBytes(text.ToLowerInvariant()), Encoding.Unicode.GetBytes(text) };
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            if (needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0))
            {
                return true;
            }
        }
        return false;
    }
}
