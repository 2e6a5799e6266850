using System.Diagnostics;
using System.Text;

namespace Ugc.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests: a fresh cluster in a temporary folder, listening on 127.0.0.1 on a free
/// port only, owned by the <c>postgres</c> user when the tests run as root (the server refuses to run as root).
/// Dispose stops it and deletes the folder. Share one per test run (an xunit collection fixture).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly string _root;
    private Process _server;
    private readonly StringBuilder _log;

    private PostgresServer(string bin, string root, int port, Process server, StringBuilder log)
    {
        _bin = bin;
        _root = root;
        Port = port;
        _server = server;
        _log = log;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The database created at start for tests to share.</summary>
    public string Database { get; } = "ugc_tests";

    /// <summary>An Npgsql connection string to <see cref="Database"/> (trust authentication, user postgres).</summary>
    public string ConnectionString => ConnectionStringFor(Database);

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The server's main process (its backends are its children), from its pid file; null while it is stopped.</summary>
    public int? ServerProcessId => Path.Combine(DataDirectory, "postmaster.pid") is var pidFile
        && File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var id)
            ? id
            : null;

    /// <summary>An Npgsql connection string to another database of this server.</summary>
    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15;Command Timeout=30";

    /// <summary>Creates another empty database, for tests that need one to themselves (schema creation, say).</summary>
    public Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        RunAsync(CreatedbProgram(), ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", name],
            asPostgres: false, cancellationToken);

    /// <summary>Creates a cluster, starts the server and creates the test database; throws with the server log if it cannot.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = PostgresBinaries.BinDirectory ?? throw new InvalidOperationException(
            $"PostgreSQL tests need initdb, pg_ctl and postgres on PATH or under /usr/lib/postgresql/*/bin, and "
            + $"{PostgresBinaries.RequireVariable}=1 says they must run. Install the postgresql package.");
        var root = Path.Combine(Path.GetTempPath(), "ugc-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        PostgresServer? instance = null;
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", ["postgres", root], asPostgres: false, cancellationToken).ConfigureAwait(false);
            }

            await RunAsync(Path.Combine(bin, "initdb"),
                ["-D", Path.Combine(root, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"],
                asPostgres: true, cancellationToken).ConfigureAwait(false);

            var port = FreePorts.Next();
            var log = new StringBuilder();
            var server = Start(Path.Combine(bin, "postgres"), ServerArguments(root, port), log);
            instance = new PostgresServer(bin, root, port, server, log);
            await instance.CreateDatabaseWhenReadyAsync(cancellationToken).ConfigureAwait(false);
            return instance;
        }
        catch
        {
            if (instance is not null)
            {
                await instance.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                TempFolder.TryDelete(root);
            }

            throw;
        }
    }

    /// <summary>
    /// Stops the server cleanly (<c>pg_ctl stop -m fast</c>: sessions are ended and every committed transaction is
    /// flushed), as an operator or a failover would; <see cref="StartAgainAsync"/> brings it back on the same port.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"],
            asPostgres: true, cancellationToken).ConfigureAwait(false);
        await _server.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the stopped server again on the same data and port, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (!_server.HasExited)
        {
            throw new InvalidOperationException("The server is running.");
        }

        _server.Dispose();
        _server = Start(Path.Combine(_bin, "postgres"), ServerArguments(_root, Port), _log);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await RunAsync("pg_isready", ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                    asPostgres: false, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            try
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "10"],
                    asPostgres: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // Fall through to the kill below.
            }

            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _server.WaitForExitAsync(exit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _server.Kill(entireProcessTree: true);
            }
        }

        _server.Dispose();
        TempFolder.TryDelete(_root);
    }

    // Durability settings off: a test cluster is thrown away, and fsync dominates its run time. A clean stop
    // (StopAsync) still writes every committed transaction; only a crash of the server could lose recent commits.
    private static string[] ServerArguments(string root, int port) =>
        ["-D", Path.Combine(root, "data"), "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
         "-c", "listen_addresses=127.0.0.1", "-k", root, "-c", "fsync=off", "-c", "synchronous_commit=off",
         "-c", "full_page_writes=off", "-c", "max_connections=300"];

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        using var process = Start(program, arguments, output, asPostgres);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {Tail(output)}");
        }
    }

    private static Process Start(string program, IReadOnlyList<string> arguments, StringBuilder output, bool asPostgres = true)
    {
        var info = new ProcessStartInfo
        {
            FileName = asPostgres && Environment.IsPrivilegedProcess ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length <= 4000 ? text : text[^4000..];
        }
    }

    /// <summary>Polls with createdb until the server accepts it: the first success proves it is ready.</summary>
    private async Task CreateDatabaseWhenReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with {_server.ExitCode} while starting: {Tail(_log)}");
            }

            try
            {
                await CreateDatabaseAsync(Database, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException exception)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL on port {Port} did not accept connections within {StartTimeout.TotalSeconds} s. "
                    + $"Last error: {exception.Message} Server log: {Tail(_log)}", exception);
            }
        }
    }

    private string CreatedbProgram()
    {
        // createdb ships with the client tools, which Debian keeps on PATH rather than beside the server.
        var beside = Path.Combine(_bin, "createdb");
        return File.Exists(beside) ? beside : "createdb";
    }
}
