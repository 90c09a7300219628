using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Budgeting.Web.Tests.Security;

public enum FieldKind
{
    Text,
    Whole,
    Decimal,
    Flag,
    Choice,
    Date,
    File,
}

/// <summary>
/// A field a handler binds: its name as a form posts it, and what it is. A list repeats the name; a dictionary is
/// posted as <c>Name[key]</c>, its key being <see cref="KeyKind"/>.
/// </summary>
public sealed record FormField(string Name, FieldKind Kind, Type Type, bool Repeated = false, FieldKind? KeyKind = null)
{
    public override string ToString() => $"{Name}:{Kind}" + (Repeated ? "[]" : "") + (KeyKind is { } k ? $"[{k}]" : "");
}

/// <summary>
/// The fields a POST handler binds, found on its page model ([BindProperty] properties, expanded into their members)
/// and its own parameters, so that a new field is fed hostile values without anyone listing it.
/// </summary>
public static class FormFields
{
    public static IReadOnlyList<FormField> Of(PageHandler handler)
    {
        var fields = new List<FormField>();
        if (handler.ModelType is { } model)
        {
            var bindAll = model.GetCustomAttribute<BindPropertiesAttribute>() is not null;
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if ((bindAll || property.GetCustomAttribute<BindPropertyAttribute>() is not null) && property.SetMethod is { IsPublic: true })
                {
                    Expand(property.Name, property.PropertyType, fields, 0);
                }
            }
        }
        foreach (var parameter in handler.Method?.GetParameters() ?? [])
        {
            if (parameter.ParameterType == typeof(CancellationToken)
                || handler.Route.Contains("{" + parameter.Name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            Expand(parameter.Name!, parameter.ParameterType, fields, 0);
        }
        return fields.DistinctBy(f => f.Name).ToList();
    }

    private static void Expand(string name, Type type, List<FormField> fields, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Simple(type) is { } kind)
        {
            fields.Add(new FormField(name, kind, type));
            return;
        }
        if (typeof(IFormFile).IsAssignableFrom(type))
        {
            fields.Add(new FormField(name, FieldKind.File, type));
            return;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() is { } generic
            && (generic == typeof(Dictionary<,>) || generic == typeof(IDictionary<,>) || generic == typeof(IReadOnlyDictionary<,>)))
        {
            var (key, value) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
            var valueType = Nullable.GetUnderlyingType(value) ?? value;
            fields.Add(new FormField(name, Simple(valueType) ?? FieldKind.Text, valueType, KeyKind: Simple(Nullable.GetUnderlyingType(key) ?? key)));
            return;
        }
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            element = Nullable.GetUnderlyingType(element) ?? element;
            fields.Add(new FormField(name, Simple(element) ?? FieldKind.Text, element, Repeated: true));
            return;
        }
        if (depth > 3)
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            Expand(name + "." + property.Name, property.PropertyType, fields, depth + 1);
        }
    }

    private static FieldKind? Simple(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(Guid) => FieldKind.Text,
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => FieldKind.Whole,
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => FieldKind.Decimal,
        _ when type == typeof(bool) => FieldKind.Flag,
        _ when type.IsEnum => FieldKind.Choice,
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) => FieldKind.Date,
        _ => null,
    };
}
