namespace Budgeting.Cli;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options, parsed by hand.</summary>
internal sealed class Options
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--trace", "--force" };

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                string name, value;
                if (eq > 0)
                {
                    (name, value) = (a[..eq], a[(eq + 1)..]);
                }
                else if (Flags.Contains(a))
                {
                    (name, value) = (a, "true");
                }
                else
                {
                    name = a;
                    value = e.MoveNext() ? e.Current : throw new UsageException($"option {a} needs a value");
                }
                if (!options._values.TryGetValue(name, out var list))
                {
                    options._values[name] = list = [];
                }
                list.Add(value);
            }
            else
            {
                options.Positional.Add(a);
            }
        }
        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public long GetLong(string name, long fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }
        return long.TryParse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw new UsageException($"option {name} needs a non-negative whole number, not '{text}'");
    }

    public void AllowOnly(params string[] names)
    {
        foreach (var key in _values.Keys)
        {
            if (!names.Contains(key))
            {
                throw new UsageException($"unknown option {key}");
            }
        }
    }
}

/// <summary>The command line is wrong.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>An input file is missing or malformed.</summary>
internal sealed class InputException(string message) : Exception(message);
