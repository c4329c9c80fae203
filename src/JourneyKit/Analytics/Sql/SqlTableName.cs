namespace JourneyKit.Analytics;

/// <summary>A table name as given (<c>name</c> or <c>schema.name</c>), split into its parts, each to be quoted on its own.</summary>
internal sealed class SqlTableName
{
    private SqlTableName(string[] parts) => Parts = parts;

    public string[] Parts { get; }

    /// <exception cref="ArgumentException">Thrown for an empty name or part, more than two parts, or a NUL character.</exception>
    public static SqlTableName Parse(string table)
    {
        var parts = table.Split('.');
        if (parts.Length > 2 || parts.Any(part => part.Length == 0))
        {
            throw new ArgumentException($"The table name \"{table}\" is not a name or schema.name: give one or two non-empty parts separated by one '.'.", nameof(table));
        }

        if (table.Contains('\0'))
        {
            throw new ArgumentException("The table name contains a NUL character, which no SQL engine allows in a name.", nameof(table));
        }

        return new SqlTableName(parts);
    }

    /// <exception cref="ArgumentException">Thrown for an empty column name or one with a NUL character.</exception>
    public static void CheckColumn(string? name, string which)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"The {which} column name is empty; name the column of the event table.", "columns");
        }

        if (name.Contains('\0'))
        {
            throw new ArgumentException($"The {which} column name contains a NUL character, which no SQL engine allows in a name.", "columns");
        }
    }
}
