using Xunit.Sdk;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>
/// A fact of an abstract suite that one class per provider inherits, so the skip decision cannot sit on the method:
/// the discoverer skips it when the concrete class carries <c>[Trait("Category", "Postgres")]</c> and PostgreSQL is
/// missing (unless UGC_REQUIRE_POSTGRES=1, which makes the missing server fail the test instead).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Ugc.Storage.Tests.Infrastructure.StorageFactDiscoverer", "Ugc.Storage.Tests")]
public sealed class StorageFactAttribute : FactAttribute;
