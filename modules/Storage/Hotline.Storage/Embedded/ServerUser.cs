namespace Hotline.Storage.Embedded;

/// <summary>A process recorded as using an embedded server; <see cref="Alive"/> is false once it is gone (e.g. kill -9).</summary>
public sealed record ServerUser(string Entry, int ProcessId, bool Alive);
