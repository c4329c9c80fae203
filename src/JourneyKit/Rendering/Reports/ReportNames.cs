using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>The names of a map's stages, touchpoints and plays by id, for the report pages (the id itself when the map has none).</summary>
internal sealed class ReportNames
{
    private readonly Dictionary<string, string> _stages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _touchpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), Play> _plays = [];

    public ReportNames(JourneyMap map)
    {
        foreach (var stage in map.Stages)
        {
            _stages.TryAdd(stage.Id, stage.Name);
            foreach (var touchpoint in stage.Touchpoints)
            {
                _touchpoints.TryAdd(touchpoint.Id, touchpoint.Name);
            }
        }

        foreach (var playbook in map.Playbooks)
        {
            foreach (var play in playbook.Plays)
            {
                _plays.TryAdd((playbook.Id, play.Id), play);
            }
        }
    }

    /// <summary>The stage's name, or its id.</summary>
    public string Stage(string id) => _stages.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id;

    /// <summary>The touchpoint's name, or its id.</summary>
    public string Touchpoint(string id) => _touchpoints.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id;

    /// <summary>The play, or <see langword="null"/> when the map has no such play.</summary>
    public Play? Play(string playbookId, string playId) => _plays.GetValueOrDefault((playbookId, playId));
}
