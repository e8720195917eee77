namespace Hotline.Plugins.Abstractions;

/// <summary>What a plugin contributes: a ticket category (A10.1.1) or an intake channel (A2).</summary>
public enum PluginKind
{
    Category = 1,
    Channel = 2,
}
