using AngleSharp.Html.Dom;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// A form on a page, filled like a user would: it starts from the values the server rendered (hidden antiforgery token
/// included), takes the fields a test sets, and posts to the form's own action.
/// </summary>
public sealed class HtmlForm(WebPage page, IHtmlFormElement form)
{
    private readonly Dictionary<string, string> _changes = [];
    private readonly Dictionary<string, UploadFile> _files = [];

    public IHtmlFormElement Element => form;

    public HtmlForm Set(string name, string? value)
    {
        if (form.Elements.All(e => e.GetAttribute("name") != name))
        {
            throw new AssertionException($"Form #{form.Id} has no field {name}.");
        }
        _changes[name] = value ?? "";
        return this;
    }

    /// <summary>Chooses a file for an input of type file; the form must then be multipart/form-data to send it.</summary>
    public HtmlForm Attach(string name, UploadFile file)
    {
        if (!form.Elements.OfType<IHtmlInputElement>().Any(e => e.Type == "file" && e.Name == name))
        {
            throw new AssertionException($"Form #{form.Id} has no file input {name}.");
        }
        _files[name] = file;
        return this;
    }

    public string? Value(string name) => Fields(null).FirstOrDefault(f => f.Key == name).Value;

    public Task<WebPage> SubmitAsync(string? buttonId = null, string? buttonValue = null)
    {
        IHtmlButtonElement? button = null;
        if (buttonId is not null)
        {
            button = form.Elements.OfType<IHtmlButtonElement>().SingleOrDefault(b => b.Id == buttonId)
                ?? throw new AssertionException($"Form #{form.Id} has no button #{buttonId}.");
        }
        else if (buttonValue is not null)
        {
            button = form.Elements.OfType<IHtmlButtonElement>().SingleOrDefault(b => b.Value == buttonValue)
                ?? throw new AssertionException($"Form #{form.Id} has no button with value {buttonValue}.");
        }
        var action = form.GetAttribute("action");
        var url = new Uri(page.Url, string.IsNullOrEmpty(action) ? page.Url.PathAndQuery : action);
        if (string.Equals(form.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join("&", Fields(button).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            return page.Browser.GetAsync(new UriBuilder(url) { Query = query }.Uri.PathAndQuery);
        }
        if (string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return page.Browser.PostAsync(url.ToString(), Multipart(button));
        }
        if (_files.Count > 0)
        {
            throw new AssertionException($"Form #{form.Id} is not multipart/form-data, so it cannot send a file.");
        }
        return page.Browser.PostAsync(url.ToString(), Fields(button));
    }

    // As a browser does: every field as a part, and a file input's part only when a file was chosen.
    private MultipartFormDataContent Multipart(IHtmlButtonElement? button)
    {
        var fileInputs = form.Elements.OfType<IHtmlInputElement>().Where(e => e.Type == "file").Select(e => e.Name).ToHashSet();
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(button).Where(f => !fileInputs.Contains(f.Key)))
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (name, file) in _files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, name, file.FileName);
        }
        return content;
    }

    private List<KeyValuePair<string, string>> Fields(IHtmlButtonElement? button)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "reset" or "image":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (selected is not null)
                    {
                        fields.Add(new(name, selected.Value));
                    }
                    break;
                case IHtmlButtonElement b when ReferenceEquals(b, button):
                    fields.Add(new(name, b.Value));
                    break;
            }
        }
        foreach (var (name, value) in _changes)
        {
            var index = fields.FindIndex(f => f.Key == name);
            if (index >= 0)
            {
                fields[index] = new(name, value);
            }
            else
            {
                fields.Add(new(name, value));
            }
        }
        return fields;
    }
}
