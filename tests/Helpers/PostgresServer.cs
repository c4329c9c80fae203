using System.Diagnostics;

namespace JourneyKit.Tests.Helpers;

/// <summary>
/// The PostgreSQL server the SQL tests run on, shared by every test of the process: the one named by the
/// <c>JOURNEYKIT_POSTGRES</c> connection string (.ci/run starts a throwaway cluster and sets it), or else a
/// throwaway cluster of our own, started on first use by <c>scripts/postgres-throwaway.sh</c> (initdb into a
/// temporary folder, unix socket there, trust authentication) and stopped when the process exits.
/// </summary>
/// <remarks>
/// When no server can be had, <see cref="ConnectionString"/> throws, so the tests fail, in CI and locally
/// alike: a missing component never passes as a skipped test.
/// </remarks>
internal static class PostgresServer
{
    /// <summary>The environment variable with the connection string of a server to use.</summary>
    public const string Variable = "JOURNEYKIT_POSTGRES";

    private static readonly Lazy<string> Connection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An Npgsql connection string to a database the tests may create schemas and databases in.</summary>
    /// <exception cref="InvalidOperationException">Thrown when no server is configured and none could be started.</exception>
    public static string ConnectionString => Connection.Value;

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }

        var script = RepositoryRoot.Combine("scripts", "postgres-throwaway.sh");
        var folder = Directory.CreateTempSubdirectory("journeykit-pg-").FullName;
        var (code, output, error) = Script(script, "start", folder);
        if (code != 0)
        {
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"PostgreSQL could not be started for the tests ({script} exited with {code}): {error.Trim()} Install PostgreSQL 15 (apt-get install postgresql-15) or set {Variable} to a connection string.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Script(script, "stop", folder);
        return output.Trim().Split('\n')[^1];
    }

    private static (int Code, string Output, string Error) Script(string script, string command, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
