namespace PersonalCapital.Sandbox.Data;

/// <summary>One entry of <c>transactioncategory/getCategories</c>.</summary>
public sealed record DemoCategory(int TransactionCategoryId, string Name, string Type, bool IsCustom = false, bool IsOverride = false)
{
    /// <summary>"Paychecks/Salary" → "paychecks_salary", the upstream's short form.</summary>
    public string ShortDescription { get; } = ToShortDescription(Name);

    /// <summary>Custom categories have no key.</summary>
    public string? TransactionCategoryKey => IsCustom ? null : ShortDescription.ToUpperInvariant();

    public bool IsEditable => IsCustom || IsOverride;

    private static string ToShortDescription(string name)
    {
        var chars = new List<char>(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars.Add(c);
            }
            else if (chars.Count > 0 && chars[^1] != '_')
            {
                chars.Add('_');
            }
        }
        return new string([.. chars]).TrimEnd('_');
    }
}

/// <summary>One entry of <c>transactiontag/getTags</c>.</summary>
public sealed record DemoTag(int TagId, string TagName);
