namespace Ugc.Testing;

/// <summary>Throwaway folders of test servers and runs.</summary>
public static class TempFolder
{
    /// <summary>Deletes the folder and everything in it, best effort: a folder left behind must not fail a run.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
