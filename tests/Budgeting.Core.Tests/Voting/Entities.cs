using System.Reflection;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;
using static Budgeting.Core.Tests.Processes.Schedules;

namespace Budgeting.Core.Tests.Voting;

/// <summary>
/// A process (id 1) with districts 10 (budget 1000) and 20 (budget 2000), a city-wide budget of 5000 and category 1,
/// with ids set the way the database would.
/// </summary>
internal static class Entities
{
    public static Process Process(long? cityWide = 5000)
    {
        var process = Budgeting.Core.Processes.Process.Create(Details(cityWide: cityWide));
        SetId(process, 1);
        process.AddDistrict("Centro", 1000, During(Phase.Draft));
        SetId(process.Districts[^1], 10);
        process.AddDistrict("Norte", 2000, During(Phase.Draft));
        SetId(process.Districts[^1], 20);
        process.AddCategory("Parques");
        SetId(process.Categories[^1], 1);
        return process;
    }

    public static Project Project(Process process, int id, int? districtId, long cost)
    {
        var draft = new ProposalDraft($"Proyecto {id}", "Descripción", districtId, 1, cost, null);
        var (project, result) = Budgeting.Core.Projects.Project.Add(process, draft, During(Phase.Draft));
        Assert.That(result.Error, Is.Null);
        SetId(project!, id);
        return project!;
    }

    public static void SetId(object entity, int id) =>
        entity.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, id);
}
