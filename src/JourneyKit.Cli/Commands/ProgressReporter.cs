namespace JourneyKit.Cli.Commands;

/// <summary>
/// Shows how far a long read has come on standard error: nothing for the first second, then an
/// update every second (rewritten in place on a terminal, one line each otherwise): the share read of a file of known size,
/// the bytes read from a pipe or standard input.
/// </summary>
internal sealed class ProgressReporter : IProgress<long>, IDisposable
{
    private readonly TextWriter _error;
    private readonly string _command;
    private readonly string _name;
    private readonly long? _total;
    private readonly bool _inPlace;
    private readonly Timer _timer;
    private readonly object _lock = new();
    private long _done;
    private bool _shown;
    private bool _disposed;

    public ProgressReporter(TextWriter error, string command, string name, long? total)
    {
        _error = error;
        _command = command;
        _name = name;
        _total = total;
        _inPlace = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        _timer = new Timer(_ => Show(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public void Report(long value) => Interlocked.Exchange(ref _done, value);

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer.Dispose();
            if (_shown && _inPlace)
            {
                _error.WriteLine();
            }
        }
    }

    private void Show()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var done = Interlocked.Read(ref _done);
            string line;
            if (_total is not { } total)
            {
                line = $"{_command}: {_name}: {done / 1e6:N0} MB read";
            }
            else if (total > 0 && done >= total)
            {
                line = $"{_command}: {_name}: read {total / 1e6:N0} MB, computing the report…";
            }
            else
            {
                line = $"{_command}: {_name}: {(total > 0 ? Math.Min(100, done * 100 / total) : 0)} % ({done / 1e6:N0} of {total / 1e6:N0} MB)";
            }
            if (_inPlace)
            {
                _error.Write($"\r{line,-78}");
            }
            else
            {
                _error.WriteLine(line);
            }

            _shown = true;
        }
    }
}
