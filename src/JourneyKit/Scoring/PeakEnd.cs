namespace JourneyKit.Scoring;

/// <summary>
/// The peak–end rule (Kahneman, Fredrickson, Schreiber &amp; Redelmeier 1993; Fredrickson &amp;
/// Kahneman 1993): people remember an experience by its most intense moment and its end.
/// </summary>
public static class PeakEnd
{
    /// <summary>The remembered experience of a sequence of emotions: (peak + end) / 2.</summary>
    /// <param name="emotions">The emotions in the order lived; the peak is the one of largest absolute value (the earliest on ties), the end the last one.</param>
    /// <returns>The remembered emotion; <see langword="null"/> when the sequence is empty.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="emotions"/> is <see langword="null"/>.</exception>
    public static double? Of(IEnumerable<double> emotions)
    {
        ArgumentNullException.ThrowIfNull(emotions);
        var state = default(Accumulator);
        foreach (var emotion in emotions)
        {
            state.Add(emotion);
        }

        return state.Result;
    }

    /// <summary>Folds emotions one at a time, so the scorer needs no intermediate list.</summary>
    internal struct Accumulator
    {
        private bool _any;
        private double _peak;
        private double _end;

        public void Add(double emotion)
        {
            // Strictly greater keeps the earliest peak on ties.
            if (!_any || Math.Abs(emotion) > Math.Abs(_peak))
            {
                _peak = emotion;
            }

            _end = emotion;
            _any = true;
        }

        public readonly double? Result => _any ? (_peak + _end) / 2 : null;
    }
}
