namespace Budgeting.Web.Infrastructure.Photos;

/// <summary>Where proposal photos live, outside the web root; the default is a folder on the local disk.</summary>
public interface IPhotoStore
{
    /// <summary>Stores a processed JPEG and returns the key to find it again.</summary>
    Task<string> SaveAsync(byte[] jpeg, CancellationToken ct);

    /// <summary>The photo's bytes, or null when the key is unknown or malformed.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);
}
