namespace Cleaner.Core.Rules;

/// <summary>A rules file that cannot be used. The message names the file, the position when known, and the reason.</summary>
public sealed class ConfigException(string message, Exception? inner = null) : Exception(message, inner);
