using Budgeting.Reports.CodeSheets;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Tests.CodeSheets;

/// <summary>An es-MX code sheet with deterministic codes in the generator's alphabet, spread over three districts.</summary>
internal static class SampleCodeSheet
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static readonly string[] Districts = ["Colonia Del Carmen", "Santa Úrsula Coapa", "Pedregal de Santo Domingo"];

    public static readonly DocumentInfo Info = new(
        "Códigos para votar", "Alcaldía Coyoacán", "Presupuesto participativo 2027", "es-MX",
        new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-6)));

    public static CodeSheet WithCodes(int count) => new(
        "Presupuesto participativo Coyoacán 2027",
        "Código para votar",
        "Escanea el código QR o entra a https://example.org/codigo y escribe tu código. Sirve para un solo voto; puedes cambiarlo hasta el cierre.",
        "La votación cierra el 5 de diciembre de 2026 a las 20:00.",
        "Página {0} de {1}",
        Info,
        [.. Enumerable.Range(0, count).Select(Entry)]);

    public static CodeSheetEntry Entry(int index)
    {
        var code = Code(index);
        return new CodeSheetEntry(Districts[index % Districts.Length], code, "https://example.org/c/" + code.Replace("-", ""));
    }

    private static string Code(int index)
    {
        // A fixed odd multiplier scatters consecutive indices over the 32^12 code space without repeating.
        var value = (ulong)(index + 1) * 0x9E3779B97F4A7C15UL;
        var chars = new char[14];
        for (var i = 0; i < chars.Length; i++)
        {
            if (i is 4 or 9)
            {
                chars[i] = '-';
                continue;
            }
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
