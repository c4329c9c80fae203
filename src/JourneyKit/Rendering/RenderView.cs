namespace JourneyKit.Rendering;

/// <summary>Which picture of the journey to draw.</summary>
public enum RenderView
{
    /// <summary>The journey map: stages as columns, touchpoint cards, one emotion curve per persona, pain points and delights. Every format draws it.</summary>
    Map,

    /// <summary>
    /// The service blueprint: stages as columns; the customer's actions; one swim lane per owning department
    /// (unowned last) with its touchpoints; the line of visibility; backstage lanes for the business processes
    /// by department; an arrow at every handoff. Drawn as SVG and HTML only.
    /// </summary>
    Blueprint,
}
