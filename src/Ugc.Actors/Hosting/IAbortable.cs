namespace Ugc.Actors.Hosting;

/// <summary>A silo service that can stop at once without cleanup, as in a crash (test clusters kill silos this way).</summary>
internal interface IAbortable
{
    Task AbortAsync();
}
