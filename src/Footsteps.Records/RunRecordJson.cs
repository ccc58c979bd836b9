using System.Text.Json.Serialization;

using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Records;

/// <summary>Reads records for tools and tests (and serializes them, to compare two records field by field).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RunRecord))]
internal sealed partial class RunRecordJson : JsonSerializerContext
{
}
