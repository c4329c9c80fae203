namespace JourneyKit.Analytics;

/// <summary>
/// Folds disjoint buckets of customers on several workers: each worker folds the buckets it takes with
/// a folder of its own, and the workers' states are merged into one. Buckets hold disjoint customers, so
/// the merge is exact whichever worker folded which bucket.
/// </summary>
internal static class ParallelBucketFold
{
    /// <summary>Folds buckets <c>0 .. count − 1</c> and merges every worker's state into <paramref name="result"/>.</summary>
    public static void Run<TFolder>(
        AnalyticsState result,
        int count,
        int parallelism,
        Func<TFolder> createFolder,
        Action<TFolder, int> fold,
        Func<TFolder, AnalyticsState> stateOf)
    {
        var gate = new object();
        Parallel.For(
            0,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            createFolder,
            (bucket, _, folder) =>
            {
                fold(folder, bucket);
                return folder;
            },
            folder =>
            {
                // Each worker's state is discarded after the merge: its deltas move rather than copy.
                var state = stateOf(folder);
                lock (gate)
                {
                    result.Absorb(state);
                }
            });
    }
}
