namespace Budgeting.EndToEnd.Tests;

/// <summary>What samples/demo/process.json seeds, as people read it on the pages.</summary>
public static class DemoProcess
{
    public const string Name = "Consulta de Presupuesto Participativo 2026 · Coyoacán";

    public const string OrganizerEmail = "organizadora@demo.local";

    /// <summary>A reviewer (role Reviewer only), who signs in with <see cref="AppServer.DemoPassword"/>.</summary>
    public const string ReviewerEmail = "revisor@demo.local";

    /// <summary>The districts in the order the page lists them (by name), with budgets as es-MX and en write MXN.</summary>
    public static readonly (string Name, string Budget)[] Districts =
    [
        ("Barrio de San Lucas", "756,800.00 MXN"),
        ("Pueblo de Los Reyes", "982,300.00 MXN"),
        ("Santa Úrsula Coapa", "1,248,500.00 MXN"),
    ];

    /// <summary>Days from the seeding day to each phase start, from the file's phaseDays, and the local hour it starts.</summary>
    public static readonly (int Day, int Hour)[] PhaseStarts = [(-40, 9), (-25, 9), (-1, 9), (13, 20)];
}
