using Ugc.Contracts.Content;

namespace Ugc.Silo.Hosting;

/// <summary>Grain storage ("Default", "PubSubStore"), the "pipeline" streams and reminders on the configured provider.</summary>
public static class SiloStorageExtensions
{
    public static ISiloBuilder AddUgcStorage(this ISiloBuilder silo, UgcHostOptions options)
    {
        if (!options.IsMemory)
        {
            throw new InvalidOperationException($"Ugc:Storage:Provider '{options.StorageProvider}' is not available in this build yet.");
        }

        silo.AddMemoryGrainStorageAsDefault();
        silo.AddMemoryGrainStorage("PubSubStore");
        silo.UseInMemoryReminderService();
        silo.AddMemoryStreams(StreamNames.Provider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
        return silo;
    }
}
