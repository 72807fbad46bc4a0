using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TaskBot.Tasks;

/// <summary>
/// A task's id as people read and say it: <c>DB-2026-000123</c>. The number counts up within the year and is
/// zero-padded to six digits, so ids sort as strings in the order they were issued (up to 999,999 a year).
/// </summary>
public readonly record struct TaskId(int Year, long Number) : IComparable<TaskId>
{
    public override string ToString() => $"DB-{Year:D4}-{Number:D6}";

    public int CompareTo(TaskId other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool TryParse(string? text, [NotNullWhen(true)] out TaskId? id)
    {
        id = null;
        var parts = text?.Trim().Split('-');
        if (parts is not ["DB" or "db", var year, var number] || year.Length != 4 || number.Length < 6) return false;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return false;
        id = new TaskId(y, n);
        return true;
    }

    public static TaskId Parse(string text) =>
        TryParse(text, out var id) ? id.Value : throw new FormatException($"「{text}」不是任务编号（应形如 DB-2026-000123）");
}
