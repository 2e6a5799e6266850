using Ugc.Testing.Postgres;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests, skipping PostgreSQL classes when PostgreSQL is missing.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var skip = NeedsPostgres(testMethod.TestClass.Class) ? PostgresBinaries.SkipReason : null;
        return skip is null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }

    private static bool NeedsPostgres(ITypeInfo testClass) =>
        testClass.GetCustomAttributes(typeof(TraitAttribute)).Any(trait =>
        {
            var arguments = trait.GetConstructorArguments().ToList();
            return arguments.Count == 2 && (string?)arguments[0] == "Category" && (string?)arguments[1] == "Postgres";
        });
}
