using System.Text.RegularExpressions;

namespace Cleaner.Core.Rules;

internal static partial class OutletProfileValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdShape();

    public static void Validate(OutletProfile profile, string fileName, string display)
    {
        if (!IdShape().IsMatch(profile.Id))
        {
            throw new ConfigException($"{display}: id '{profile.Id}' must be lowercase letters, digits and single dashes");
        }

        if (fileName != profile.Id + ".json")
        {
            throw new ConfigException($"{display}: the file must be named after its id ('{profile.Id}.json')");
        }

        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new ConfigException($"{display}: name is required");
        }

        if (profile.Domains.Count == 0 || profile.Domains.Any(d => d.Contains('/') || d.Contains(' ') || !d.Contains('.')))
        {
            throw new ConfigException($"{display}: domains must list at least one bare host name such as 'example.com'");
        }

        if (profile.Aliases.Any(string.IsNullOrWhiteSpace))
        {
            throw new ConfigException($"{display}: aliases must not be blank");
        }

        for (var i = 0; i < profile.Signatures.Count; i++)
        {
            var signature = profile.Signatures[i];
            var where = $"{display}: signatures[{i}]";
            if ((signature.Line is null) == (signature.Pattern is null))
            {
                throw new ConfigException($"{where}: set exactly one of 'line' or 'pattern'");
            }

            if (signature.Line is not null && string.IsNullOrWhiteSpace(signature.Line))
            {
                throw new ConfigException($"{where}: line must not be blank");
            }

            if (signature.Weight is <= 0 or > 1)
            {
                throw new ConfigException($"{where}: weight must be in (0, 1] (found {signature.Weight})");
            }

            if (signature.Pattern is not null)
            {
                ConfigLoader.CompileRegex(signature.Pattern, where, compiled: false);
            }
        }
    }
}
