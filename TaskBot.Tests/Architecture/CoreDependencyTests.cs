using System.Reflection;
using System.Reflection.Emit;

namespace TaskBot.Tests.Architecture;

/// <summary>
/// The core (directive parsing, the working-day calendar, the task lifecycle, the directory) and the reminders, the
/// weekly digest and their delivery must not depend on the Bot Framework, Azure or Quartz, and the use cases, cards
/// and the Quartz jobs (TaskBot.Scheduling) not on the Bot Framework, so the edges can be
/// replaced without touching them (the Bot Framework SDK is archived upstream: its successor should replace one folder). Checked on the compiled assembly: signatures, fields, base
/// types, attributes and every type or member referenced from method bodies (IL), not on source text.
/// </summary>
public class CoreDependencyTests
{
    static readonly string[] Forbidden = ["Microsoft.Bot", "Azure", "Quartz"];

    [Theory]
    [InlineData("TaskBot.Directives", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Calendar", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Tasks", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Directory", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.OpenCalls", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Assignments", "Microsoft.Bot")]
    [InlineData("TaskBot.Cards", "Microsoft.Bot")]
    // Reminders, the weekly digest and their delivery are plain .NET: the bot layer provides the transport
    // (INudgeTransport), Quartz only triggers them from TaskBot.Scheduling, storage is behind IStore.
    [InlineData("TaskBot.Reminders", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Digest", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Delivery", "Microsoft.Bot|Azure|Quartz")]
    [InlineData("TaskBot.Scheduling", "Microsoft.Bot")]
    // Task-division tables and the exported ledger: Office files through MiniExcel and the Open XML SDK, no bot or store.
    [InlineData("TaskBot.Import", "Microsoft.Bot|Azure|Quartz|TaskBot.Storage")]
    [InlineData("TaskBot.Ledger", "Microsoft.Bot|Azure|Quartz|TaskBot.Storage")]
    public void Core_code_references_no_edge_it_must_not_know(string ns, string forbidden)
    {
        var roots = forbidden.Split('|');
        var types = typeof(TaskBot.Directives.DirectiveParser).Assembly.GetTypes()
            .Where(t => t.Namespace == ns || t.Namespace?.StartsWith(ns + ".") == true)
            .ToList();
        Assert.NotEmpty(types);
        var offences = types.SelectMany(t => ReferencedTypes(t).Where(r => IsUnder(r, roots)).Select(r => $"{t.FullName} → {r.FullName}"))
            .Distinct().ToList();
        Assert.True(offences.Count == 0, $"{ns} depends on an edge:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("TaskBot.Tasks")]
    [InlineData("TaskBot.Directory")]
    [InlineData("TaskBot.OpenCalls")]
    public void The_core_sees_no_storage_type(string ns) =>
        Core_code_references_no_edge_it_must_not_know(ns, "TaskBot.Storage|Microsoft.Data.Sqlite");

    [Fact]
    public void The_checker_does_see_a_forbidden_reference()
    {
        // Guards the guard: a type that touches a Quartz-namespaced type only inside a method body is reported.
        Assert.Contains(ReferencedTypes(typeof(UsesQuartzInABody)), IsForbidden);
    }

    sealed class UsesQuartzInABody
    {
        public static string Make() => new Quartz.Stand.In().ToString()!;
    }

    static bool IsForbidden(Type t) => IsUnder(t, Forbidden);

    static bool IsUnder(Type t, string[] roots) =>
        roots.Any(f => t.Namespace is { } ns && (ns == f || ns.StartsWith(f + ".")));

    const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    static IEnumerable<Type> ReferencedTypes(Type type)
    {
        var seen = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !seen.Add(t)) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) Add(a);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var a in type.GetCustomAttributesData()) Add(a.AttributeType);
        foreach (var f in type.GetFields(All)) Add(f.FieldType);
        foreach (var p in type.GetProperties(All)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var t in BodyReferences(m)) Add(t);
        }
        foreach (var nested in type.GetNestedTypes(All))
            foreach (var t in ReferencedTypes(nested)) Add(t);
        return seen;
    }

    static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Decodes a method body's IL and resolves every type, method and field token it references.</summary>
    static IEnumerable<Type> BodyReferences(MethodBase method) =>
        BodyMembers(method).Select(member => member as Type ?? (member as MethodInfo)?.DeclaringType ?? member.DeclaringType).OfType<Type>();

    /// <summary>The members (types, methods, fields) a method body's IL references.</summary>
    static IEnumerable<MemberInfo> BodyMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; i < il.Length;)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out var op)) yield break;
            int size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, i);
                MemberInfo? member = null;
                try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                catch (Exception ex) when (ex is ArgumentException or TypeLoadException or BadImageFormatException) { }
                if (member is not null) yield return member;
            }
            i += size;
        }
    }

    /// <summary>
    /// One transport to Teams for proactive messages: only the outbound pipeline's transport
    /// (<see cref="TaskBot.Bot.TeamsNudgeTransport"/>, driven by the outbox sender) may start a conversation turn of its
    /// own (<c>ContinueConversationAsync</c>, <c>CreateConversationAsync</c>) or call the connector's conversations
    /// client directly. Replies within a turn (the answer to a message or a click) are not proactive.
    /// </summary>
    [Fact]
    public void Only_the_pipelines_transport_sends_proactive_messages()
    {
        static bool Proactive(MemberInfo m) => m is MethodBase mb
            && (mb.Name is "ContinueConversationAsync" or "CreateConversationAsync"
                || mb.DeclaringType?.FullName?.StartsWith("Microsoft.Bot.Connector.Conversations") == true);
        var senders = typeof(TaskBot.Directives.DirectiveParser).Assembly.GetTypes()
            .Where(t => AllMethods(t).Any(m => BodyMembers(m).Any(Proactive)))
            .Select(t => Outermost(t).FullName)
            .Distinct().ToList();
        Assert.Equal([typeof(TaskBot.Bot.TeamsNudgeTransport).FullName], senders);
    }

    [Fact]
    public void The_proactive_send_rule_sees_a_send()
    {
        // Guards the guard: the transport itself is found by the rule's reading of its IL.
        Assert.Contains(AllMethods(typeof(TaskBot.Bot.TeamsNudgeTransport)).SelectMany(BodyMembers),
            m => m.Name == "ContinueConversationAsync");
    }

    /// <summary>A type's methods and constructors, and those of its nested types (lambdas and async state machines live there).</summary>
    static IEnumerable<MethodBase> AllMethods(Type type) =>
        type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All))
            .Concat(type.GetNestedTypes(All).SelectMany(AllMethods));

    static Type Outermost(Type t) => t.DeclaringType is { } d ? Outermost(d) : t;
}
