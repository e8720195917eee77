namespace Hotline.Operations.Contracts;

/// <summary>How many activations of one grain class the whole cluster holds now.</summary>
public sealed record GrainActivations(string GrainType, int Activations);
