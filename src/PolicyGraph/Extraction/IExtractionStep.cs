namespace PolicyGraph.Extraction;

/// <summary>One recogniser or relation finder: reads the context, adds what it finds.</summary>
public interface IExtractionStep
{
    /// <summary>Runs the step over one document.</summary>
    void Run(ExtractionContext context);
}
