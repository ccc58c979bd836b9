using System.Collections;
using System.Reflection;
using System.Text.Json;
using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

/// <summary>The launch writes info.json by hand; readers use System.Text.Json. They must agree on every field.</summary>
public sealed class InfoJsonWriterTests
{
    [Fact]
    public void EveryPropertyOfTheModel_SurvivesWriterThenReader()
    {
        var record = (RunRecord)Filled(typeof(RunRecord), "record");
        record.Schema = RunRecord.CurrentSchema;
        var directory = Directory.CreateTempSubdirectory("footsteps-writer-").FullName;
        try
        {
            InfoJsonFile.Write(directory, record);
            var read = RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName));

            Assert.Equal(
                JsonSerializer.Serialize(record, RunRecordJson.Default.RunRecord),
                JsonSerializer.Serialize(read, RunRecordJson.Default.RunRecord));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void NullSectionsAndAwkwardText_SurviveToo()
    {
        var record = new RunRecord { Name = "a \"quoted\"\\ name\twith\u0001control", Exception = null, Gpus = null, WorkingTree = null };
        record.Git.Diff = "+ü 实验 😀\r\n";
        var directory = Directory.CreateTempSubdirectory("footsteps-writer-").FullName;
        try
        {
            InfoJsonFile.Write(directory, record);
            var read = RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName));

            Assert.Equal(record.Name, read.Name);
            Assert.Equal(record.Git.Diff, read.Git.Diff);
            Assert.Null(read.Gpus);
            Assert.Null(read.Exception);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A value of <paramref name="type"/> with every property set to something other than its default.</summary>
    private static object Filled(Type type, string path)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable != null)
            return Filled(nullable, path);
        if (type == typeof(string))
            return "value of " + path;
        if (type == typeof(int))
            return path.Length;
        if (type == typeof(long))
            return (long)path.Length * 1_000_000_007L;
        if (type == typeof(double))
            return path.Length + 0.25;
        if (type == typeof(bool))
            return true;
        if (type == typeof(DateTime))
            return new DateTime(2026, 11, 27, 8, 30, path.Length % 60, DateTimeKind.Utc).AddTicks(1234567);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            return new Dictionary<string, string>(StringComparer.Ordinal) { ["NAME_OF_" + path.Length] = "value of " + path };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            list.Add(Filled(type.GetGenericArguments()[0], path + "[0]"));
            list.Add(Filled(type.GetGenericArguments()[0], path + "[1]"));
            return list;
        }
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            property.SetValue(instance, Filled(property.PropertyType, path + "." + property.Name));
        return instance;
    }
}
