using DuckDB.NET.Data;
using Npgsql;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary><c>journeykit sql</c>: its output run unchanged in DuckDB and PostgreSQL gives <c>analyze</c>'s report; bad flags are one sentence and exit 2.</summary>
public sealed class SqlCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("jk-sql-");

    public void Dispose() => _folder.Dispose();

    private static string CsvReport() =>
        Success(CliRunner.Run("analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, "--format", "json"));

    private static string Success(CliResult result)
    {
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal(string.Empty, result.Error);
        return result.Out;
    }

    /// <summary>The engine's report, written again by the library: byte-comparable with <c>analyze --format json</c>.</summary>
    private static string Normalized(string json) => Analytics.AnalyticsReportJson.Write(Analytics.AnalyticsReportJson.Read(json));

    [Fact]
    public void DuckDb_TheShippedExample_GivesTheCsvReport_ByteForByte()
    {
        var database = WarehouseFixture.DuckDbFile(_folder, "ev", "cid", "tp", "at");
        var sql = Success(CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", "duckdb", "--table", "ev", "--columns", "customerId=cid,touchpointId=tp,timestamp=at"));
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        Assert.Equal(CsvReport(), Normalized(WarehouseFixture.Scalar(connection, sql)));
    }

    [Fact]
    public void Postgres_TheShippedExample_GivesTheCsvReport_ByteForByte()
    {
        var schema = WarehouseFixture.PostgresTable("ev ents", "Customer", "tp;--", "at'");
        try
        {
            var sql = Success(CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", "postgres", "--table", schema + ".ev ents", "--columns", "customerId=Customer,touchpointId=tp;--,timestamp=at'"));
            using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            connection.Open();
            Assert.Equal(CsvReport(), Normalized(WarehouseFixture.Scalar(connection, sql)));
        }
        finally
        {
            WarehouseFixture.DropSchema(schema);
        }
    }

    [Fact]
    public void ClickHouse_IsWritten_WithBackslashEscapedNames()
    {
        var sql = Success(CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", "clickhouse", "--table", "db.x'\\`y"));
        Assert.Contains("FROM `db`.`x'\\\\\\`y`", sql); // backslash doubled, backtick escaped
        Assert.EndsWith(";\n", sql);
    }

    [Theory]
    [InlineData("--dialect", "mysql")]
    [InlineData("--columns", "customerId")]
    [InlineData("--columns", "customer=cid")]
    [InlineData("--columns", "customerId=a,customerId=b")]
    [InlineData("--columns", "customerId=")]
    [InlineData("--columns", "customerId=a=b")]
    [InlineData("--table", "a.b.c")]
    [InlineData("--table", ".b")]
    public void BadFlags_AreOneSentence_Exit2(string flag, string value)
    {
        var result = CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", flag == "--dialect" ? value : "duckdb", flag, value);
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(flag, line);
        Assert.DoesNotContain("Exception", line);
    }

    [Theory]
    [InlineData("7d", "purchase,awareness,advocacy")]
    [InlineData("PT36H", "consideration,delivery-and-use")]
    [InlineData("45s", null)]
    [InlineData(null, "advocacy,awareness")]
    public void DuckDb_WithAWindowAndStages_GivesTheCsvReport_ByteForByte(string? window, string? stages)
    {
        string[] flags = [.. window is null ? [] : new[] { "--window", window }, .. stages is null ? [] : new[] { "--stages", stages }];
        var database = WarehouseFixture.DuckDbFile(_folder, "ev", "cid", "tp", "at");
        var sql = Success(CliRunner.Run(["sql", "--map", WarehouseFixture.MapPath, "--dialect", "duckdb", "--table", "ev", "--columns", "customerId=cid,touchpointId=tp,timestamp=at", .. flags]));
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        var csv = Success(CliRunner.Run(["analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, "--format", "json", .. flags]));
        Assert.Equal(csv, Normalized(WarehouseFixture.Scalar(connection, sql)));
    }

    [Fact]
    public void Postgres_WithAWindowAndStages_GivesTheCsvReport_ByteForByte()
    {
        var schema = WarehouseFixture.PostgresTable("ev ents", "Customer", "tp;--", "at'");
        try
        {
            var sql = Success(CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", "postgres", "--table", schema + ".ev ents", "--columns", "customerId=Customer,touchpointId=tp;--,timestamp=at'", "--window", "2d", "--stages", "awareness,purchase,advocacy"));
            using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            connection.Open();
            var csv = Success(CliRunner.Run("analyze", WarehouseFixture.CsvPath, "--map", WarehouseFixture.MapPath, "--format", "json", "--window", "2d", "--stages", "awareness,purchase,advocacy"));
            Assert.Equal(csv, Normalized(WarehouseFixture.Scalar(connection, sql)));
        }
        finally
        {
            WarehouseFixture.DropSchema(schema);
        }
    }

    [Theory]
    [InlineData("awareness,nope", "journeykit: The funnel stage 'nope' is not a stage of the map; its stages are [awareness, consideration, purchase, delivery-and-use, advocacy].")]
    [InlineData("awareness,awareness", "journeykit: The funnel stage 'awareness' is named twice; name each of the map's stages [awareness, consideration, purchase, delivery-and-use, advocacy] at most once.")]
    public void BadStages_AreOneSentence_Exit2(string stages, string sentence)
    {
        var result = CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", "clickhouse", "--stages", stages);
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(sentence, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void BadWindow_IsRefusedAsInAnalyze_Exit2()
    {
        var result = CliRunner.Run("sql", "--map", WarehouseFixture.MapPath, "--dialect", "duckdb", "--window", "7y");
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("--window", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void MissingDialect_IsExit2()
    {
        var result = CliRunner.Run("sql", "--map", WarehouseFixture.MapPath);
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Contains("--dialect", result.Error);
    }

    [Fact]
    public void InvalidMap_IsRefused_Exit1_WithTheValidatorsLine()
    {
        var map = _folder.Write("bad.json", """
            { "schemaVersion": "1.0", "id": "the shop", "name": "Shop",
              "stages": [{ "id": "s", "name": "S", "touchpoints": [{ "id": "t", "name": "T" }] }] }
            """);
        var result = CliRunner.Run("sql", "--map", map, "--dialect", "duckdb");
        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("$.id", Assert.Single(result.ErrorLines));
    }
}
