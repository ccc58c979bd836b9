using FootstepsBuild.Runtime.Machine;

namespace FootstepsBuild.Tests.Runtime;

public sealed class ProcessStartTimeTests
{
    [Fact]
    public void ReadUtc_SaysWhatProcessSays_WithinWhatTellsAReusedPidApart()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var expected = process.StartTime.ToUniversalTime();

        var read = ProcessStartTime.ReadUtc();

        // Readers judge a pid reused when the start times differ by 2 s or more.
        Assert.InRange((read - expected).Duration().TotalSeconds, 0, 0.1);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }
}
