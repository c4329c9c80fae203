namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// <c>journeykit analyze --connection … --provider duckdb|postgres</c>: the same JSON as <c>analyze</c> on the
/// CSV the table was loaded from, and one sentence with exit 2 for every problem, never a password.
/// </summary>
public sealed class AnalyzeConnectionTests : IDisposable
{
    private const string Secret = "S3cret-Pässwort";

    private readonly TempFolder _folder = new("jk-analyze-db-");

    public void Dispose() => _folder.Dispose();

    private static CliResult Analyze(params string[] args) =>
        CliRunner.Run(["analyze", "--map", WarehouseFixture.MapPath, .. args]);

    private static string CsvJson()
    {
        var result = CliRunner.Run("analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, "--format", "json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        return result.Out;
    }

    private static string OneSentence(CliResult result)
    {
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.DoesNotContain("Exception", line);
        Assert.DoesNotContain(" at ", line);
        return line;
    }

    [Fact]
    public void DuckDb_PrintsTheCsvJson_ByteForByte()
    {
        var database = WarehouseFixture.DuckDbFile(_folder);
        var result = Analyze("--connection", $"Data Source={database}", "--provider", "duckdb", "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal(CsvJson(), result.Out);
    }

    [Fact]
    public void DuckDb_TextReport_NamesTheTable()
    {
        var database = WarehouseFixture.DuckDbFile(_folder, "ev");
        var result = Analyze("--connection", $"Data Source={database}", "--provider", "duckdb", "--table", "ev");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("ev", result.Out);
        Assert.Contains("583", result.Out);
        Assert.DoesNotContain(database, result.Out);
    }

    [Fact]
    public void Postgres_RenamedColumnsInASchema_PrintTheCsvJson_ByteForByte()
    {
        var schema = WarehouseFixture.PostgresTable("events", "cid", "tp", "ts");
        try
        {
            var result = Analyze("--connection", PostgresServer.ConnectionString, "--provider", "postgres", "--table", schema + ".events", "--columns", "customerId=cid,touchpointId=tp,timestamp=ts", "--format", "json");
            Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
            Assert.Equal(CsvJson(), result.Out);
        }
        finally
        {
            WarehouseFixture.DropSchema(schema);
        }
    }

    [Fact]
    public void MissingTable_IsOneSentence()
    {
        var database = WarehouseFixture.DuckDbFile(_folder);
        var line = OneSentence(Analyze("--connection", $"Data Source={database}", "--provider", "duckdb", "--table", "nope"));
        Assert.Contains("no table \"nope\"", line);
    }

    [Fact]
    public void MissingColumn_NamesTheColumnsThereAre()
    {
        var database = WarehouseFixture.DuckDbFile(_folder);
        var line = OneSentence(Analyze("--connection", $"Data Source={database}", "--provider", "duckdb", "--columns", "customerId=who"));
        Assert.Contains("no column \"who\"", line);
        Assert.Contains("\"customerId\", \"timestamp\", \"touchpointId\"", line);
    }

    [Fact]
    public void TimestampWithoutTimeZone_IsTheWrongType()
    {
        var database = WarehouseFixture.DuckDbFile(_folder, timeType: "VARCHAR");
        var line = OneSentence(Analyze("--connection", $"Data Source={database}", "--provider", "duckdb"));
        Assert.Contains("\"timestamp\"", line);
        Assert.Contains("must be TIMESTAMPTZ", line);
    }

    [Fact]
    public void Postgres_CannotConnect_IsOneSentence_WithoutThePassword()
    {
        var missing = _folder.PathOf("no-server-here");
        var line = OneSentence(Analyze("--connection", $"Host={missing};Port=5999;Username=analyst;Password={Secret};Timeout=3", "--provider", "postgres"));
        Assert.Contains("cannot connect to postgres", line);
        Assert.DoesNotContain(Secret, line);
        Assert.DoesNotContain("analyst", line);
    }

    [Fact]
    public void Postgres_WrongPassword_IsOneSentence_WithoutThePassword()
    {
        // The test cluster trusts every local user, so an unknown database stands in for a refused login.
        var connection = PostgresServer.ConnectionString.Replace("Database=postgres", "Database=no_such_db", StringComparison.Ordinal) + $";Password={Secret}";
        var line = OneSentence(Analyze("--connection", connection, "--provider", "postgres"));
        Assert.Contains("cannot connect to postgres", line);
        Assert.DoesNotContain(Secret, line);
    }

    [Fact]
    public void MalformedConnectionString_DoesNotEchoIt()
    {
        var line = OneSentence(Analyze("--connection", $"Host=x;Bogus Key={Secret};Password={Secret}", "--provider", "postgres"));
        Assert.Contains("--connection", line);
        Assert.DoesNotContain(Secret, line);
    }

    [Fact]
    public void Redact_BlotsOutPasswordsInAnyForm()
    {
        const string connection = "Host=h;PASSWORD = 'a;b';Pwd=zz9";
        var redacted = Data.WarehouseAnalysis.Redact($"failed for {connection}; password=zz9 and a;b", connection);
        Assert.DoesNotContain("zz9", redacted);
        Assert.DoesNotContain("a;b", redacted);
    }

    [Theory]
    [InlineData("--provider", "postgres")]
    [InlineData("--table", "events")]
    [InlineData("--columns", "customerId=c")]
    public void DatabaseFlags_WithoutConnection_AreOneSentence(string flag, string value)
    {
        var line = OneSentence(CliRunner.Run("analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, flag, value));
        Assert.Contains(flag, line);
        Assert.Contains("--connection", line);
    }

    [Fact]
    public void FileAndConnection_Together_AreOneSentence() =>
        Assert.Contains("not both", OneSentence(CliRunner.Run("analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, "--connection", "Data Source=x", "--provider", "duckdb")));

    [Fact]
    public void ConnectionWithoutProvider_IsOneSentence() =>
        Assert.Contains("--provider", OneSentence(Analyze("--connection", "Data Source=x")));

    [Fact]
    public void StrictWithConnection_IsOneSentence() =>
        Assert.Contains("--strict", OneSentence(Analyze("--connection", "Data Source=x", "--provider", "duckdb", "--strict")));

    [Fact]
    public void DuckDb_WithAWindowAndStages_PrintsTheCsvJson_ByteForByte()
    {
        var database = WarehouseFixture.DuckDbFile(_folder);
        var result = Analyze("--connection", $"Data Source={database}", "--provider", "duckdb", "--format", "json", "--window", "3d", "--stages", "purchase,awareness,advocacy");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var csv = CliRunner.Run("analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, "--format", "json", "--window", "3d", "--stages", "purchase,awareness,advocacy");
        Assert.Equal(ExitCodes.Success, csv.ExitCode);
        Assert.Equal(csv.Out, result.Out);
        Assert.Contains("\"seconds\": 259200", result.Out);
    }

    [Theory]
    [InlineData("--stages", "awareness,nope", "The funnel stage 'nope' is not a stage of the map")]
    [InlineData("--window", "0s", "--window: '0s' is not a window longer than zero")]
    public void BadWindowOrStages_WithConnection_AreOneSentence_BeforeConnecting(string flag, string value, string start)
    {
        // The DuckDB file is not created: the option is refused before the connection opens.
        var database = _folder.PathOf("never.duckdb");
        var line = OneSentence(Analyze("--connection", $"Data Source={database}", "--provider", "duckdb", flag, value));
        Assert.Contains(start, line);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void NoEventsAtAll_IsOneSentence() =>
        Assert.Contains("--connection", OneSentence(Analyze()));
}
