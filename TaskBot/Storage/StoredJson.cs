using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TaskBot.Tasks;

namespace TaskBot.Storage;

/// <summary>How both backends write a task or an event as one JSON document. Version and NextReminderAt also live
/// in their own columns/properties (they are queried and updated alone) and those win on read.</summary>
internal static class StoredJson
{
    // Source-generated metadata: reflection-based serialization cost ~25 µs per task and event, most of a bulk insert.
    private static readonly JsonSerializerOptions Options = new(StoredJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese readable in the db
        // Only stored state: computed views such as DirectiveTask.LeadUnits have no setter and are left out.
        TypeInfoResolver = StoredJsonContext.Default.WithAddedModifier(type =>
        {
            foreach (var p in type.Properties.Where(p => p.Set is null && type.Kind == JsonTypeInfoKind.Object).ToList())
                type.Properties.Remove(p);
        }),
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The same JSON as <see cref="Write{T}"/>, as UTF-8 in a reused buffer: SQLite stores text as UTF-8,
    /// so a bulk insert hands it over without building a string per row.</summary>
    internal sealed class Utf8Buffer
    {
        private readonly ArrayBufferWriter<byte> buffer = new(4096);
        private readonly Utf8JsonWriter writer;

        public Utf8Buffer() => writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder });

        public ReadOnlySpan<byte> Write<T>(T value)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
            writer.Flush();
            return buffer.WrittenSpan;
        }
    }

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("stored JSON is null");

    public static DirectiveTask ReadTask(string json, long version, DateTimeOffset? nextReminderAt) =>
        Read<DirectiveTask>(json) with { Version = version, NextReminderAt = nextReminderAt };

    internal sealed class TaskIdConverter : JsonConverter<TaskId>
    {
        public override TaskId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TaskId.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, TaskId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Asia/Shanghai local dates, for the parts of storage that key by business date (task id year).</summary>
internal static class ChinaClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true, Converters = [typeof(StoredJson.TaskIdConverter)])]
[JsonSerializable(typeof(DirectiveTask))]
[JsonSerializable(typeof(TaskEvent))]
[JsonSerializable(typeof(RefusedAction))]
[JsonSerializable(typeof(OutboxIntent))]
[JsonSerializable(typeof(TaskBot.OpenCalls.OpenCall))]
[JsonSerializable(typeof(TaskBot.OpenCalls.CallApplication))]
[JsonSerializable(typeof(TaskBot.OpenCalls.CallEvent))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
