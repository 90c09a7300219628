namespace Budgeting.Web;

/// <summary>Marker for Resources/SharedResource*.resx, which hold every user-visible string of the app.</summary>
public sealed class SharedResource;
