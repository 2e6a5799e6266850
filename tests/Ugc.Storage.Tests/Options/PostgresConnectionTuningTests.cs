using Npgsql;
using Ugc.Storage.Hosting;

namespace Ugc.Storage.Tests.Options;

public sealed class PostgresConnectionTuningTests
{
    [Fact]
    public void A_connection_string_without_the_settings_gets_no_reset_on_close_and_prepared_statements()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply("Host=db;Port=5433;Username=ugc;Password=secret;Database=ugc"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(PostgresConnectionTuning.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
        Assert.Equal(5433, tuned.Port);
        Assert.Equal("secret", tuned.Password);
        Assert.Equal("ugc", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;MaxAutoPrepare=0")]
    [InlineData("host=db;no reset on close=False;max auto prepare=0")]
    public void Settings_the_operator_gave_are_kept(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
