using Microsoft.Extensions.Options;
using PersonalCapital.Client.Login;

namespace PersonalCapital.Client;

/// <summary>
/// Every <c>PersonalCapital__*</c> setting in its working range, checked at start: a value that binds but breaks
/// later (no page of transactions, a zero time limit) is refused with the setting's name and its valid values.
/// </summary>
internal sealed class PersonalCapitalOptionsValidator : IValidateOptions<PersonalCapitalOptions>
{
    private const string Prefix = PersonalCapitalOptions.SectionName + "__";

    public ValidateOptionsResult Validate(string? name, PersonalCapitalOptions options)
    {
        List<string> failures = [];
        void Check(bool valid, string message)
        {
            if (!valid)
            {
                failures.Add(Prefix + message);
            }
        }

        Check(IsHttpUrl(options.BaseUrl), $"BaseUrl must be an absolute http(s) URL such as https://pc-api.empower-retirement.com; got '{options.BaseUrl}'.");
        Check(IsHttpUrl(options.FrontendOrigin), $"FrontendOrigin must be an absolute http(s) URL; got '{options.FrontendOrigin}'.");
        Check(Enum.IsDefined(options.TwoFactorMethod), "TwoFactorMethod must be Sms, Email, Voice or Totp.");
        Check(!string.IsNullOrWhiteSpace(options.SessionFile), "SessionFile must name a file, e.g. /data/session.json.");
        Check(!string.IsNullOrWhiteSpace(options.DeviceName), "DeviceName must not be empty.");
        Check(InRange(options.TransactionPageSize, 1, 100_000), $"TransactionPageSize must be between 1 and 100000; got {options.TransactionPageSize}.");
        Check(InRange(options.MaxTransactionPages, 1, 100_000), $"MaxTransactionPages must be between 1 and 100000; got {options.MaxTransactionPages}.");
        Check(InRange(options.RequestTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1)),
            $"RequestTimeout must be between 00:00:00.1 and 01:00:00 (e.g. 00:00:30); got {options.RequestTimeout}.");
        Check(InRange(options.CloudflareCoolDown, TimeSpan.FromMinutes(30), TimeSpan.FromDays(1)),
            $"CloudflareCoolDown must be between 00:30:00 and 1.00:00:00 (retrying into a challenge makes it worse); got {options.CloudflareCoolDown}.");
        Check(InRange(options.CodeRequestWait, TimeSpan.FromMinutes(15), TimeSpan.FromDays(1)),
            $"CodeRequestWait must be between 00:15:00 and 1.00:00:00 (Empower asks for 15–30 minutes); got {options.CodeRequestWait}.");

        var retry = options.Retry;
        Check(InRange(retry.MaxAttempts, 1, 20), $"Retry__MaxAttempts must be between 1 (no retry) and 20; got {retry.MaxAttempts}.");
        Check(InRange(retry.BaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1)),
            $"Retry__BaseDelay must be between 00:00:00 and 00:01:00 (e.g. 00:00:00.250); got {retry.BaseDelay}.");
        Check(InRange(retry.MaxDelay, retry.BaseDelay, TimeSpan.FromMinutes(10)),
            $"Retry__MaxDelay must be between Retry__BaseDelay ({retry.BaseDelay}) and 00:10:00; got {retry.MaxDelay}.");
        Check(InRange(retry.TotalTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(24)),
            $"Retry__TotalTimeout must be between 00:00:00.1 and 1.00:00:00 (e.g. 00:01:00); got {retry.TotalTimeout}.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(Uri? url) => url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static bool InRange<T>(T value, T min, T max) where T : IComparable<T> => value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0;
}
