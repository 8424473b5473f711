using System.Security.Cryptography;
using System.Text;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages;

// Minimal reader until the full decoding stage lands: UTF-8 only.
public sealed class ReadInputStage(ReadSettings settings)
{
    public SourceDocument Read(InputFile input)
    {
        var bytes = File.ReadAllBytes(input.FullPath);
        if (bytes.Length == 0)
        {
            throw new InputRejectedException("empty file (0 bytes)");
        }

        if (bytes.Length > settings.MaxFileBytes)
        {
            throw new InputRejectedException("file too large");
        }

        var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace('\u00a0', ' ');
        return new SourceDocument(input, Convert.ToHexStringLower(SHA256.HashData(bytes)), text.Split('\n'), "utf-8", []);
    }
}
