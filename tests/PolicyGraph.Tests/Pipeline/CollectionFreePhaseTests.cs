using System.Runtime;
using PolicyGraph.Pipeline;

namespace PolicyGraph.Tests.Pipeline;

// A region without collections is process-wide, so these tests run alone: a build in a parallel test would hold it.
[CollectionDefinition(nameof(CollectionFreePhaseTests), DisableParallelization = true)]
public sealed class CollectionFreePhaseCollection;

[Collection(nameof(CollectionFreePhaseTests))]
public sealed class CollectionFreePhaseTests
{
    [Fact]
    public void A_phase_within_its_budget_runs_without_collections_and_ends_its_region()
    {
        var (mode, sum, collections) = CollectionFreePhase.Run(64L << 20, () =>
        {
            var before = GC.CollectionCount(0);
            return (GCSettings.LatencyMode, Allocate(16, 1 << 20), GC.CollectionCount(0) - before);
        });
        Assert.Equal(GCLatencyMode.NoGCRegion, mode);
        Assert.Equal(16, sum);
        Assert.Equal(0, collections);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_phase_that_outgrows_its_budget_is_collected_and_finishes()
    {
        var (sum, collections) = CollectionFreePhase.Run(8L << 20, () =>
        {
            var before = GC.CollectionCount(0);
            return (Allocate(256, 1 << 20), GC.CollectionCount(0) - before);
        });
        Assert.Equal(256, sum);
        Assert.True(collections > 0);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_phase_started_inside_another_runs_as_usual()
    {
        var inner = CollectionFreePhase.Run(64L << 20, () => CollectionFreePhase.Run(64L << 20, () => Allocate(4, 1 << 20)));
        Assert.Equal(4, inner);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        // The outer phase's region is released: the next phase gets one again.
        Assert.Equal(GCLatencyMode.NoGCRegion, CollectionFreePhase.Run(64L << 20, () => GCSettings.LatencyMode));
    }

    [Fact]
    public void A_failing_phase_ends_its_region_and_throws_on()
    {
        Assert.Throws<InvalidDataException>(() => CollectionFreePhase.Run(64L << 20, () => throw new InvalidDataException("bad input")));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(GCLatencyMode.NoGCRegion, CollectionFreePhase.Run(64L << 20, () => GCSettings.LatencyMode));
    }

    // Allocates count arrays of size bytes, each dead at once; returns how many were made.
    private static int Allocate(int count, int size)
    {
        var made = 0;
        for (var i = 0; i < count; i++)
        {
            var array = new byte[size];
            array[^1] = 1;
            made += array[^1];
        }

        return made;
    }
}
