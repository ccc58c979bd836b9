using FootstepsBuild.Shared;

namespace FootstepsBuild.Tests.Tasks;

public sealed class CapsTests
{
    [Fact]
    public void DiffCap_AsMessagesSayIt_IsTheCapInBytes()
    {
        Assert.Equal(Caps.DiffText, $"{Caps.DiffBytes / 1024 / 1024} MiB");
    }
}
