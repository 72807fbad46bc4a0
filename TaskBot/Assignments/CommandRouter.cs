using System.Text.RegularExpressions;

namespace TaskBot.Assignments;

public enum ChatCommand { MyTasks, UnitTasks, Overdue, Task, Digest, Help, OpenCalls, Export }

/// <summary>
/// Commands by exact word, Chinese first with English aliases. A message is a command only when it is exactly a
/// command word (or 任务/task followed by an id): a directive that merely contains 任务 is never taken for one.
/// </summary>
public static partial class CommandRouter
{
    private static readonly Dictionary<string, ChatCommand> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["我的任务"] = ChatCommand.MyTasks, ["my tasks"] = ChatCommand.MyTasks, ["mytasks"] = ChatCommand.MyTasks,
        ["本单位任务"] = ChatCommand.UnitTasks, ["单位任务"] = ChatCommand.UnitTasks, ["unit tasks"] = ChatCommand.UnitTasks,
        ["逾期任务"] = ChatCommand.Overdue, ["overdue"] = ChatCommand.Overdue, ["overdue tasks"] = ChatCommand.Overdue,
        ["任务"] = ChatCommand.Task, ["task"] = ChatCommand.Task, ["查看任务"] = ChatCommand.Task,
        ["周报"] = ChatCommand.Digest, ["逾期周报"] = ChatCommand.Digest, ["digest"] = ChatCommand.Digest, ["weekly digest"] = ChatCommand.Digest,
        ["榜单"] = ChatCommand.OpenCalls, ["揭榜挂帅"] = ChatCommand.OpenCalls, ["open calls"] = ChatCommand.OpenCalls,
        ["帮助"] = ChatCommand.Help, ["help"] = ChatCommand.Help, ["?"] = ChatCommand.Help, ["？"] = ChatCommand.Help, ["菜单"] = ChatCommand.Help,
    };

    public static bool TryRoute(string text, out ChatCommand command, out string argument)
    {
        argument = "";
        var t = Spaces().Replace(text.Trim().TrimEnd('。', '.', '!', '！'), " ");
        if (Words.TryGetValue(t, out command)) return true;
        // "任务 DB-2026-000123", "任务DB-2026-000123", "task db-2026-000123"
        // "导出台账", "导出台账 本月", "导出台账 逾期 县财政局", "export overdue": the rest is the selection.
        var e = ExportWithArgument().Match(t);
        if (e.Success)
        {
            command = ChatCommand.Export;
            argument = e.Groups["arg"].Value.Trim();
            return true;
        }
        var m = TaskWithId().Match(t);
        if (m.Success && Words.TryGetValue(m.Groups["word"].Value, out command) && command == ChatCommand.Task)
        {
            argument = m.Groups["id"].Value;
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"^(?:导出台账|导出督办台账|导出|export|export ledger)(?:\s+(?<arg>.{1,60}))?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ExportWithArgument();
    [GeneratedRegex(@"^(?<word>任务|查看任务|task)\s*(?<id>DB-\d{4}-\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TaskWithId();
}
