using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tests.Tasks;

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

        var answers = new string[3];
        var askers = Enumerable.Range(0, 3).Select(i => new Thread(() => answers[i] = call.Result)).ToList();
        var askerIds = askers.Select(t => { t.Start(); return t.ManagedThreadId; }).ToList();
        askers.ForEach(t => t.Join());

        Assert.Equal(new[] { "state", "state", "state" }, answers);
        Assert.Equal(1, runs);
        Assert.Contains(ranOn, askerIds);
    }

    [Fact]
    public void OnFirstUse_RunsOnTheCallingThread_WhenAsked()
    {
        var ranOn = -1;
        var done = PendingCall<int>.OnFirstUse(() => { ranOn = Environment.CurrentManagedThreadId; return 7; });
        Assert.Equal(-1, ranOn);

        Assert.Equal(7, done.Result);
        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
    }

    [Fact]
    public void AFailure_SurfacesWhenTheResultIsAsked_InEveryMode()
    {
        var calls = new[]
        {
            PendingCall<int>.OnFirstUse(() => throw new IOException("disk gone")),
            new PendingCall<int>(() => throw new IOException("disk gone")),
        };

        foreach (var call in calls)
        {
            var failure = Assert.Throws<InvalidOperationException>(() => call.Result);
            Assert.IsType<IOException>(failure.InnerException);
        }
    }
}
