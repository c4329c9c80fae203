namespace JourneyKit.Model;

/// <summary>How a play's condition compares the metric with its threshold.</summary>
public enum ComparisonOperator
{
    /// <summary>Less than.</summary>
    Lt,

    /// <summary>Less than or equal.</summary>
    Le,

    /// <summary>Greater than.</summary>
    Gt,

    /// <summary>Greater than or equal.</summary>
    Ge,

    /// <summary>Equal.</summary>
    Eq,

    /// <summary>Not equal.</summary>
    Ne,
}
