namespace Cleaner.Core.Rules;

/// <summary>
/// What one look at a line tells every rule before any pattern runs: which whole-line lists hold it, and whether it
/// holds any of the texts the rules' contained-text gates look for. Most lines hold none, and then a dozen gates
/// fail without a search of their own.
/// </summary>
/// <param name="Text">The trimmed line.</param>
/// <param name="Listed">The lists whose lines equal it (<see cref="WholeLineIndex"/>).</param>
/// <param name="HoldsGateText">False when no contained-text gate of the rule set can pass on this line or any part of it.</param>
public readonly record struct LineProbe(string Text, ListMask Listed, bool HoldsGateText);
