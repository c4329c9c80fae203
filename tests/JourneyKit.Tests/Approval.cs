namespace JourneyKit.Tests;

/// <summary>
/// Approval of artefacts checked in beside the tests. On a difference the received text is written
/// next to the approved file (<c>*.received.*</c>) and the test fails; set JOURNEYKIT_APPROVE=1 to
/// accept the received text as the new approved file, then review the diff in git.
/// </summary>
internal static class Approval
{
    /// <summary>Compares <paramref name="received"/> with the approved file at a path relative to the repository root.</summary>
    public static void Verify(string received, string approvedRelativePath)
    {
        var approved = Path.Combine(RepositoryRoot.Path, approvedRelativePath);
        var receivedPath = Path.ChangeExtension(approved, ".received" + Path.GetExtension(approved));
        if (Environment.GetEnvironmentVariable("JOURNEYKIT_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
            File.WriteAllText(approved, received);
        }

        if (!File.Exists(approved))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"No approved file {approvedRelativePath}; the received text is in {receivedPath}. Review it and run with JOURNEYKIT_APPROVE=1 to approve.");
        }

        var expected = File.ReadAllText(approved).ReplaceLineEndings("\n");
        if (expected != received.ReplaceLineEndings("\n"))
        {
            File.WriteAllText(receivedPath, received);
            Assert.Equal(expected, received.ReplaceLineEndings("\n")); // shows the first difference
        }

        File.Delete(receivedPath);
    }
}
