using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;

namespace Ugc.Storage.Tests.Options;

public sealed class UgcStorageOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new UgcStorageOptionsValidator().Validate(null, new UgcStorageOptions()).Succeeded);
    }

    [Theory]
    [InlineData("postgres-without-connection-string", "ConnectionString is required")]
    [InlineData("visibility-not-above-delivery-time", "VisibilityTimeout must exceed MaxEventDeliveryTime")]
    [InlineData("repeated-stream-provider", "must not repeat")]
    [InlineData("no-queues", "QueueCount")]
    [InlineData("no-attempts", "MaxDeliveryAttempts")]
    public void Invalid_options_fail_with_a_message_naming_the_setting(string case_, string message)
    {
        var options = new UgcStorageOptions();
        switch (case_)
        {
            case "postgres-without-connection-string":
                options.Provider = UgcStorageProvider.Postgres;
                break;
            case "visibility-not-above-delivery-time":
                options.VisibilityTimeout = options.MaxEventDeliveryTime;
                break;
            case "repeated-stream-provider":
                options.StreamProviders = ["pipeline", "pipeline"];
                break;
            case "no-queues":
                options.QueueCount = 0;
                break;
            case "no-attempts":
                options.MaxDeliveryAttempts = 0;
                break;
        }

        var result = new UgcStorageOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddUgcStorage_refuses_invalid_options_when_the_silo_is_configured()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var failure = Assert.Throws<OptionsValidationException>(() =>
            builder.UseOrleans(silo => silo.AddUgcStorage(o => o.Provider = UgcStorageProvider.Postgres)));

        Assert.Contains("ConnectionString is required", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddUgcStorage_binds_the_configuration_section_before_the_delegate()
    {
        static HostApplicationBuilder Builder()
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration["Ugc:Storage:Provider"] = "postgres";
            return builder;
        }

        // The section asks for postgres, which needs a connection string: without one from the delegate it fails.
        var failure = Assert.Throws<OptionsValidationException>(() =>
            Builder().UseOrleans(silo => silo.AddUgcStorage(o => o.QueueCount = 2)));
        Builder().UseOrleans(silo => silo.AddUgcStorage(o => o.ConnectionString = "Host=127.0.0.1;Database=none"));

        Assert.Contains("ConnectionString is required", failure.Message, StringComparison.Ordinal);
    }
}
