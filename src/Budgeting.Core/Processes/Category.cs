namespace Budgeting.Core.Processes;

/// <summary>A theme projects are filed under, such as lighting, parks or water.</summary>
public sealed class Category
{
    private Category()
    {
        Name = "";
    }

    internal Category(string name)
    {
        Name = name;
    }

    public int Id { get; private set; }

    public int ProcessId { get; private set; }

    public string Name { get; private set; }

    internal void Rename(string name) => Name = name;
}
