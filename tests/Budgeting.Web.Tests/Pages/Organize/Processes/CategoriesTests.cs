using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize.Processes;

public sealed class CategoriesTests : AppFixture
{
    [Test]
    public async Task AddsRenamesAndRemovesCategories()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var page = await CategoriesPage.OpenAsync(admin, id);

        page = await page.AddAsync("Alumbrado");
        page = await page.AddAsync("Parques");
        page = await page.RenameAsync("Parques", "Áreas verdes");
        page = await page.RemoveAsync("Alumbrado");

        var actions = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(page.Names, Is.EqualTo(new[] { "Áreas verdes" }));
            Assert.That(actions, Is.EqualTo(new[]
            {
                AuditActions.ProcessCreated, AuditActions.CategoryAdded, AuditActions.CategoryAdded,
                AuditActions.CategoryRenamed, AuditActions.CategoryRemoved,
            }));
        });
    }

    [TestCase("", "Falta completar «Nombre de la categoría».")]
    [TestCase("@121", "Nombre de la categoría: máximo 120 caracteres.")]
    [TestCase("alumbrado", "Ya existe una categoría con ese nombre en este proceso.")]
    [TestCase(" ALUMBRADO ", "Ya existe una categoría con ese nombre en este proceso.")]
    public async Task RefusesBadCategoryAndChangesNothing(string name, string message)
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        await (await CategoriesPage.OpenAsync(admin, id)).AddAsync("Alumbrado");

        var page = await (await CategoriesPage.OpenAsync(admin, id)).AddAsync(Typed(name));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Page.Errors, Does.Contain(message));
            Assert.That(await DbAsync(db => db.Categories.Where(c => c.ProcessId == id).Select(c => c.Name).ToListAsync()),
                Is.EqualTo(new[] { "Alumbrado" }));
        });
    }

    [TestCase("rename")]
    [TestCase("remove")]
    [TestCase("add")]
    public async Task PublishedProcessRefusesCategoryChanges(string change)
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        await (await CategoriesPage.OpenAsync(admin, id)).AddAsync("Alumbrado");
        await PublishAsync(id);
        var page = await CategoriesPage.OpenAsync(admin, id);

        var after = change switch
        {
            "rename" => await page.RenameAsync("Alumbrado", "Luminarias"),
            "remove" => await page.RemoveAsync("Alumbrado"),
            _ => await page.AddAsync("Parques"),
        };

        Assert.Multiple(async () =>
        {
            Assert.That(after.Page.Errors, Does.Contain("Los resultados ya se publicaron; el proceso ya no se puede cambiar."));
            Assert.That(await DbAsync(db => db.Categories.Where(c => c.ProcessId == id).Select(c => c.Name).ToListAsync()),
                Is.EqualTo(new[] { "Alumbrado" }));
        });
    }

    private Task<int> PublishAsync(int id) =>
        DbAsync(db => db.Processes.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishedAtUtc, App.Clock.GetUtcNow().UtcDateTime)));
}
