using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Budgeting.Web.Infrastructure.Photos;

/// <summary>Keeps photos as files named by a random key in a folder outside wwwroot.</summary>
public sealed class LocalDiskPhotoStore(IOptions<UploadOptions> options, IHostEnvironment env) : IPhotoStore
{
    private const string Extension = ".jpg";

    private string Folder => Path.Combine(env.ContentRootPath, options.Value.Folder);

    public async Task<string> SaveAsync(byte[] jpeg, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + Extension;
        await File.WriteAllBytesAsync(Path.Combine(Folder, key), jpeg, ct);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = IsWellFormed(key) ? Path.Combine(Folder, key) : null;
        Stream? stream = path is not null && File.Exists(path) ? File.OpenRead(path) : null;
        return Task.FromResult(stream);
    }

    // Keys are ours (32 hex digits), so anything else, such as "../", never reaches the file system.
    private static bool IsWellFormed(string key) =>
        key.Length == 32 + Extension.Length
        && key.EndsWith(Extension, StringComparison.Ordinal)
        && key[..32].All(char.IsAsciiHexDigitLower);
}
