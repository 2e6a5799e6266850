namespace Ugc.Silo.Content;

/// <summary>
/// What reading a display answer produced for the <see cref="DisplayCache"/>: the serialized body and what it was read
/// from, to cache; or an <see cref="Answer"/> to return as it is and not cache (an error envelope).
/// </summary>
public readonly record struct DisplayRead(byte[] Body, ReadDependencies? Dependencies, IResult? Answer = null);
