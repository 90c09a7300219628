using System.Globalization;

namespace Budgeting.Cli.Load;

/// <summary>CPU time (user + system) of another process on this machine, from Linux's /proc; null elsewhere or when it is gone.</summary>
internal static class ProcessCpu
{
    // USER_HZ, the unit of /proc/PID/stat's times, is 100 on every Linux the app runs on.
    private const double TicksPerSecond = 100;

    public static double? Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may contain spaces; the fields after it are space-separated.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
            var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (user + system) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
