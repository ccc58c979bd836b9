using System.Threading;
using FootstepsShared.Git;

namespace FootstepsTests.Tasks;

public sealed class PendingCallTests
{
    [Fact]
    public void OnFirstUse_RunsOnce_OnTheFirstThreadThatAsks_WhileOthersWait()
    {
        var runs = 0;
        var ranOn = -1;
        var call = PendingCall<string>.OnFirstUse(() =>
        {
            Interlocked.Increment(ref runs);
            ranOn = Environment.CurrentManagedThreadId;
            Thread.Sleep(100);
            return "state";
        });
        Assert.Equal(0, runs);

        var askers = Enumerable.Range(0, 3).Select(_ => new Thread(() => Assert.Equal("state", call.Result))).ToList();
        var askerIds = askers.Select(t => { t.Start(); return t.ManagedThreadId; }).ToList();
        askers.ForEach(t => t.Join());

        Assert.Equal(1, runs);
        Assert.Contains(ranOn, askerIds);
        Assert.Equal("state", call.Result);
    }

    [Fact]
    public void Inline_RunsNow_AndAFailureSurfacesWhenTheResultIsAsked()
    {
        var ranOn = -1;
        var done = PendingCall<int>.Inline(() => { ranOn = Environment.CurrentManagedThreadId; return 7; });
        var failed = PendingCall<int>.OnFirstUse(() => throw new IOException("disk gone"));

        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
        Assert.Equal(7, done.Result);
        var failure = Assert.Throws<InvalidOperationException>(() => failed.Result);
        Assert.IsType<IOException>(failure.InnerException);
    }
}
