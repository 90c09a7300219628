namespace Budgeting.Core.Processes;

/// <summary>A colonia, barrio, pueblo or other territorial unit with its own budget, in minor units.</summary>
public sealed class District
{
    private District()
    {
        Name = "";
    }

    internal District(string name, long budget)
    {
        Name = name;
        Budget = budget;
    }

    public int Id { get; private set; }

    public int ProcessId { get; private set; }

    public string Name { get; private set; }

    public long Budget { get; private set; }

    internal void Update(string name, long budget)
    {
        Name = name;
        Budget = budget;
    }
}
