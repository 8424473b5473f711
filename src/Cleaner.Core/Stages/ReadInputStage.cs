using System.Security.Cryptography;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages;

/// <summary>
/// First stage: raw bytes of one input file to normalized lines. The input file is never modified, locked or moved.
/// I/O failures propagate unchanged so the caller can retry the transient ones;
/// content that cannot be a text dump throws <see cref="InputRejectedException"/>.
/// </summary>
public sealed class ReadInputStage(ReadSettings settings)
{
    private readonly ReadSettings settings = settings ?? throw new ArgumentNullException(nameof(settings));
    private readonly HardWrapJoiner _hardWrap = new(settings.HardWrap);

    public SourceDocument Read(InputFile input)
    {
        ArgumentNullException.ThrowIfNull(input);

        using var file = BoundedFileReader.Read(input.FullPath, settings.MaxFileBytes);
        ReadOnlySpan<byte> bytes = file.Span;
        if (bytes.IsEmpty)
        {
            throw new InputRejectedException(RejectionReasons.Empty);
        }

        if (BinarySignatures.Identify(bytes) is { } format)
        {
            throw new InputRejectedException(RejectionReasons.KnownFormat(format));
        }

        // Decoding, normalizing and splitting share one pooled buffer; only the line strings are allocated.
        using var buffer = RentedArray<char>.Rent(TextDecoder.MaxCharCount(bytes.Length));
        var decoded = TextDecoder.DecodeInto(bytes, buffer.Span);
        var chars = buffer.Span[..decoded.Length];
        RejectBinaryResidue(bytes, decoded, chars);

        var text = TextNormalizer.Normalize(chars);
        if (text.IsWhiteSpace())
        {
            throw new InputRejectedException(RejectionReasons.WhitespaceOnly);
        }

        var lines = LineSplitter.Split(text, settings.MaxLineChars);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (_hardWrap.Join(lines) is { } wrapped)
        {
            // Said in the run report: the text's paragraphs are Cleaner's reading of the wrapped lines, not the file's.
            var note = $"hard-wrapped at {wrapped.Width} columns: {lines.Count} lines joined into {wrapped.Lines.Count}";
            return new SourceDocument(input, sha256, wrapped.Lines, decoded.Encoding, [.. decoded.Warnings, note]) { LineStarts = wrapped.Starts };
        }

        return new SourceDocument(input, sha256, lines, decoded.Encoding, decoded.Warnings);
    }

    private void RejectBinaryResidue(ReadOnlySpan<byte> bytes, DecodedChars decoded, ReadOnlySpan<char> chars)
    {
        if (!decoded.IsWideEncoding && bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new InputRejectedException(RejectionReasons.NulByte(nul));
        }

        var controlShare = ControlCharacters.Share(chars);
        if (controlShare > settings.MaxControlCharRatio)
        {
            throw new InputRejectedException(RejectionReasons.ControlCharacters(controlShare, settings.MaxControlCharRatio));
        }
    }
}
