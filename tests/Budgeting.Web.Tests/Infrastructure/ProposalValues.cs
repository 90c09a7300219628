namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// What a resident types into #proposal-form. <see cref="Ballot"/> and <see cref="Category"/> are the visible option
/// texts, as a resident picks them; a text that is no option is sent as the raw value (a tampered post).
/// </summary>
public sealed record ProposalValues(
    string Title,
    string Description,
    string Ballot,
    string Category,
    string EstimatedCost,
    string Location)
{
    public static ProposalValues Valid(string ballot, string category, string? title = null) => new(
        title ?? "Luminarias en la calle Hidalgo",
        "Poner diez luminarias LED en la calle Hidalgo, que de noche está a oscuras y es insegura.",
        ballot,
        category,
        "150000",
        "Calle Hidalgo entre Juárez y Morelos");

    /// <summary>The same values with one field, named as in the form (Input.X without the prefix), changed.</summary>
    public ProposalValues With(string field, string value) => field switch
    {
        nameof(Title) => this with { Title = value },
        nameof(Description) => this with { Description = value },
        nameof(Ballot) => this with { Ballot = value },
        "CategoryId" => this with { Category = value },
        nameof(EstimatedCost) => this with { EstimatedCost = value },
        nameof(Location) => this with { Location = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a proposal field."),
    };
}
