namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>A file a test chooses in a form's file input, with the name and type the browser would declare.</summary>
public sealed record UploadFile(string FileName, string ContentType, byte[] Content);
