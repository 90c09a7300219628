using System.Net;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests;

public sealed class HealthCheckTests
{
    [Test]
    public async Task AnswersOkWhenTheDatabaseAnswers()
    {
        using var app = new BudgetingApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        });
    }

    [Test, Category(BudgetingApp.SqliteOnly)]
    public async Task AnswersServiceUnavailableWhenTheDatabaseIsGone()
    {
        using var app = new BudgetingApp();
        using var client = app.CreateClient();
        using (var first = await client.GetAsync("/healthz"))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        File.Delete(app.DatabasePath);
        using var response = await client.GetAsync("/healthz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }
}
