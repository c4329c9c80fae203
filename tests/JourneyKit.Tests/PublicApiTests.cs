using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using JourneyKit.Model;

namespace JourneyKit.Tests;

/// <summary>
/// The public API surface of the JourneyKit package, approved as <c>src/JourneyKit/PublicAPI.txt</c>:
/// every public type and every public or protected member, with nullability, one per line. A change
/// to the surface fails this test until the file is approved again (JOURNEYKIT_APPROVE=1), so that
/// every change to what users compile against shows up in review.
/// </summary>
public class PublicApiTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void PublicApi_MatchesTheApprovedFile() =>
        Approval.Verify(Describe(typeof(JourneyMap).Assembly), "src/JourneyKit/PublicAPI.txt");

    [Fact]
    public void Describe_ShowsNullabilityDefaultsAndGenerics()
    {
        var lines = DescribeType(typeof(Sample)).ToList();

        Assert.Contains("  public string? Find(System.Collections.Generic.IReadOnlyList<string?> names, int limit = 10)", lines);
        Assert.Contains("  public System.Collections.Generic.Dictionary<string, int[]> Counts { get; init; }", lines);
        Assert.Contains("  public const int Max = 3", lines);
        Assert.DoesNotContain(lines, line => line.Contains("Hidden", StringComparison.Ordinal));
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            foreach (var line in DescribeType(type))
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> DescribeType(Type type)
    {
        yield return Header(type);
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"  {field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        // Fields, constructors, properties, events, methods; each kind by name, then by signature.
        var groups = new IEnumerable<(string Name, string Text)>[]
        {
            type.GetFields(Declared).Where(field => Visible(field.IsPublic, field.IsFamily, field.IsFamilyOrAssembly)).Select(field => (field.Name, Field(field))),
            type.GetConstructors(Declared).Where(Visible).Select(ctor => (string.Empty, $"{Access(ctor)}{type.Name.Split('`')[0]}({Parameters(ctor)})")),
            type.GetProperties(Declared).Where(property => property.GetAccessors(nonPublic: true).Any(Visible)).Select(property => (property.Name, Property(property))),
            type.GetEvents(Declared).Where(e => e.AddMethod is { } add && Visible(add)).Select(e => (e.Name, $"{Access(e.AddMethod!)}event {Name(e.EventHandlerType!, null)} {e.Name}")),
            type.GetMethods(Declared).Where(method => Visible(method) && !method.IsSpecialName && !method.Name.StartsWith('<')).Select(method => (method.Name, Method(method))),
        };
        foreach (var group in groups)
        {
            foreach (var (_, text) in group.OrderBy(member => member.Name, StringComparer.Ordinal).ThenBy(member => member.Text, StringComparer.Ordinal))
            {
                yield return "  " + text;
            }
        }
    }

    private static bool Visible(MethodBase method) => Visible(method.IsPublic, method.IsFamily, method.IsFamilyOrAssembly);

    private static bool Visible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;

    private static string Header(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty) + "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        if (kind == "delegate")
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"public delegate {Name(invoke.ReturnType, Nullability.Create(invoke.ReturnParameter))} {FullName(type)}({Parameters(invoke)})";
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType, null));
        }

        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Except(inherited).Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        return $"public {kind} {FullName(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static string Access(MethodBase method) =>
        (method.IsPublic ? "public " : "protected ")
        + (method.IsStatic ? "static " : string.Empty)
        + (method.IsAbstract && !method.DeclaringType!.IsInterface ? "abstract " : method.IsVirtual && !method.IsFinal && !method.DeclaringType!.IsInterface ? "virtual " : string.Empty);

    private static string Field(FieldInfo field)
    {
        var access = field.IsPublic ? "public " : "protected ";
        var type = Name(field.FieldType, Nullability.Create(field));
        if (field.IsLiteral)
        {
            return $"{access}const {type} {field.Name} = {Literal(field.GetRawConstantValue())}";
        }

        return $"{access}{(field.IsStatic ? "static " : string.Empty)}{(field.IsInitOnly ? "readonly " : string.Empty)}{type} {field.Name}";
    }

    private static string Property(PropertyInfo property)
    {
        var accessor = property.GetAccessors(nonPublic: true).First(Visible);
        var accessors = new List<string>();
        if (property.GetMethod is { } get && Visible(get))
        {
            accessors.Add("get;");
        }

        if (property.SetMethod is { } set && Visible(set))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(init ? "init;" : "set;");
        }

        var indexer = property.GetIndexParameters();
        var name = indexer.Length == 0 ? property.Name : $"this[{string.Join(", ", indexer.Select(Parameter))}]";
        var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
        return $"{Access(accessor)}{required}{Name(property.PropertyType, Nullability.Create(property))} {name} {{ {string.Join(' ', accessors)} }}";
    }

    private static string Method(MethodInfo method)
    {
        var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
        var parameters = Parameters(method);
        if (method.IsDefined(typeof(ExtensionAttribute)))
        {
            parameters = "this " + parameters;
        }

        return $"{Access(method)}{Name(method.ReturnType, Nullability.Create(method.ReturnParameter))} {method.Name}{generic}({parameters})";
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var prefix = string.Empty;
        if (type.IsByRef)
        {
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }

        var text = $"{prefix}{Name(type, Nullability.Create(parameter))} {parameter.Name}";
        if (!parameter.HasDefaultValue)
        {
            return text;
        }

        var byValue = type.IsValueType && Nullable.GetUnderlyingType(type) is null;
        return $"{text} = {(parameter.DefaultValue is null && byValue ? "default" : Literal(parameter.DefaultValue))}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>A C#-like type name: keywords for the built-in types, namespaces outside JourneyKit, generics spelled out, nullable references marked.</summary>
    private static string Name(Type type, NullabilityInfo? nullability)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + Mark(type, nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, null) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name + Mark(type, nullability);
        }

        var keyword = Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.Char => "char",
            TypeCode.Decimal => "decimal",
            TypeCode.Double => "double",
            TypeCode.Int16 => "short",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.SByte => "sbyte",
            TypeCode.Single => "float",
            TypeCode.String => "string",
            TypeCode.UInt16 => "ushort",
            TypeCode.UInt32 => "uint",
            TypeCode.UInt64 => "ulong",
            _ => type == typeof(object) ? "object" : type == typeof(void) ? "void" : null,
        };
        if (keyword is not null && !type.IsEnum)
        {
            return keyword + Mark(type, nullability);
        }

        var name = type.IsNested ? Name(type.DeclaringType!, null) + "." + type.Name : Qualified(type);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var infos = nullability?.GenericTypeArguments;
            var spelled = arguments.Select((argument, i) => Name(argument, infos is { Length: > 0 } && i < infos.Length ? infos[i] : null));
            name = name.Split('`')[0] + "<" + string.Join(", ", spelled) + ">";
        }

        return name + Mark(type, nullability);
    }

    private static string FullName(Type type)
    {
        var name = Name(type, null);
        return name.StartsWith(type.Namespace + ".", StringComparison.Ordinal) ? name : type.Namespace + "." + name;
    }

    private static string Qualified(Type type) =>
        type.Namespace is { } ns && !ns.StartsWith("JourneyKit", StringComparison.Ordinal) ? ns + "." + type.Name : type.Name;

    private static string Mark(Type type, NullabilityInfo? nullability) =>
        !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;

#pragma warning disable CA1034, CA1822, CA1051, IDE0051, CS0067 // The sample exists to be described.
    public sealed class Sample
    {
        public const int Max = 3;

        public System.Collections.Generic.Dictionary<string, int[]> Counts { get; init; } = [];

        internal int Hidden { get; set; }

        public string? Find(System.Collections.Generic.IReadOnlyList<string?> names, int limit = 10) => names.Take(limit).FirstOrDefault();

        private void HiddenMethod()
        {
        }
    }
#pragma warning restore CA1034, CA1822, CA1051, IDE0051, CS0067
}
