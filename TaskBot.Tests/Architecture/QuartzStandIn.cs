namespace Quartz.Stand;

/// <summary>A stand-in in Quartz's namespace, so the architecture guard test needs no real Quartz reference.</summary>
public sealed class In;
