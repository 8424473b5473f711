using System.Text;
using Cleaner.Core.Model;

namespace Cleaner.Tests.Stages;

/// <summary>A throwaway folder of generated input files; hostile inputs are written here, never committed.</summary>
internal sealed class TempInputFolder : IDisposable
{
    public TempInputFolder()
    {
        Root = Directory.CreateTempSubdirectory("cleaner-read-").FullName;
    }

    public string Root { get; }

    public InputFile Write(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, name), bytes);
        return Describe(name);
    }

    public InputFile WriteText(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public InputFile Describe(string name)
    {
        var info = new FileInfo(Path.Combine(Root, name));
        return new InputFile(info.FullName, name, info.Exists ? info.Length : 0, info.Exists ? info.LastWriteTimeUtc : default);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
