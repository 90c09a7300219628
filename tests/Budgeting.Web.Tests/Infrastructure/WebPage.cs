using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>A parsed response: the generic page object the specific ones build on.</summary>
public class WebPage(Browser browser, HttpStatusCode status, Uri url, IHtmlDocument document)
{
    public Browser Browser { get; } = browser;

    public HttpStatusCode Status { get; } = status;

    public Uri Url { get; } = url;

    public IHtmlDocument Document { get; } = document;

    public string Language => Document.DocumentElement.GetAttribute("lang") ?? "";

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public string? StatusMessage => Document.QuerySelector("p.status")?.TextContent.Trim();

    /// <summary>Every validation message on the page: the summary and the messages next to fields.</summary>
    public IReadOnlyList<string> Errors =>
        Document.QuerySelectorAll(".errors li, span.error")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();

    public string? FieldError(string fieldName) =>
        Document.QuerySelector($"span.error[data-valmsg-for='{fieldName}']")?.TextContent.Trim() is { Length: > 0 } text
            ? text
            : null;

    public HtmlForm Form(string id) =>
        new(this, Document.GetElementById(id) as IHtmlFormElement
            ?? throw new AssertionException($"No form #{id} on {Url} ({Status}): {Heading}"));

    public HtmlForm FormOf(string buttonId) =>
        new(this, (Document.GetElementById(buttonId) as IHtmlButtonElement)?.Form
            ?? throw new AssertionException($"No button #{buttonId} in a form on {Url} ({Status}): {Heading}"));

    public IReadOnlyList<string> Texts(string selector) =>
        Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    public IElement? Find(string selector) => Document.QuerySelector(selector);
}
