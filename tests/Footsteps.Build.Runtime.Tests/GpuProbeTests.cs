using FootstepsBuild.Runtime.Machine;

namespace FootstepsBuild.Tests.Runtime;

public sealed class GpuProbeTests
{
    [Fact]
    public void NvidiaSmiCsv_BecomesOneRecordPerGpu()
    {
        var gpus = GpuProbe.Parse("NVIDIA H200, GPU-aaaa, 143771, 570.86.15\nTesla T4, GPU-bbbb, [N/A], 535.1\n\n");

        Assert.Equal(2, gpus.Count);
        Assert.Equal("NVIDIA H200", gpus[0].Name);
        Assert.Equal("GPU-aaaa", gpus[0].Uuid);
        Assert.Equal(143771, gpus[0].MemoryTotalMiB);
        Assert.Equal("570.86.15", gpus[0].DriverVersion);
        Assert.Null(gpus[1].MemoryTotalMiB);
    }
}
