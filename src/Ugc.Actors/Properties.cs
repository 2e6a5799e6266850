using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Ugc.Actors.Testing")]
[assembly: InternalsVisibleTo("Ugc.Actors.Tests")]
[assembly: InternalsVisibleTo("Ugc.Bench")]
