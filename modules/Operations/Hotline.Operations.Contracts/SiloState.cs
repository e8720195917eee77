namespace Hotline.Operations.Contracts;

/// <summary>A silo's membership status, folded from Orleans' finer one into what an operator acts on.</summary>
public enum SiloState
{
    /// <summary>Created or joining: not yet taking grains.</summary>
    Joining,

    Active,

    /// <summary>Shutting down or stopping: handing its grains over.</summary>
    ShuttingDown,

    /// <summary>Declared dead by the cluster (stopped, or failed its probes).</summary>
    Dead,
}
