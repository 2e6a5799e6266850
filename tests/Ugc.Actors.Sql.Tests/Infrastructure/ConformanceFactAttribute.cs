using Xunit.Sdk;

namespace Ugc.Actors.Sql.Tests.Infrastructure;

/// <summary>
/// A fact of an abstract conformance suite. The suite's methods are inherited by one class per provider, so the skip
/// decision cannot sit on the method: the discoverer skips the test when the concrete class carries
/// <c>[Trait("Category", "Postgres")]</c> and PostgreSQL is missing (see <see cref="PostgresFactAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Ugc.Actors.Sql.Tests.Infrastructure.ConformanceFactDiscoverer", "Ugc.Actors.Sql.Tests")]
public sealed class ConformanceFactAttribute : FactAttribute;
