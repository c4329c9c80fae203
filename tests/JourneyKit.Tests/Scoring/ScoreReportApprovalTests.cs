using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Scoring;

/// <summary>Approves the score report JSON of the test map and of every example map in docs/examples.</summary>
public class ScoreReportApprovalTests
{
    [Fact]
    public void Retail_ScoreReport() =>
        Approval.Verify(ScoreReportJson.Write(new JourneyScorer().Score(TestMaps.Retail)), "tests/JourneyKit.Tests/Scoring/Approved/retail.score.json");

    /// <summary>
    /// Each docs/examples/NAME.json has its report approved in Approved/examples/NAME.score.json.
    /// Vacuous while docs/examples holds no map; a new example without an approved report fails.
    /// </summary>
    [Fact]
    public void Examples_ScoreReports()
    {
        var examples = Path.Combine(RepositoryRoot.Path, "docs", "examples");
        var files = Directory.Exists(examples) ? Directory.GetFiles(examples, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        var serializer = new JourneySerializer();
        foreach (var file in files)
        {
            var map = serializer.Read(File.ReadAllBytes(file));
            var name = Path.GetFileNameWithoutExtension(file);
            Approval.Verify(ScoreReportJson.Write(new JourneyScorer().Score(map)), $"tests/JourneyKit.Tests/Scoring/Approved/examples/{name}.score.json");
        }
    }
}
