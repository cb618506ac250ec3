namespace PersonalCapitalService.Notifications;

/// <summary>What the owner is told: one per episode (a code is needed, the upstream blocks, the sync fails, recovered).</summary>
/// <param name="Event">A stable name for machines: <c>second-factor</c>, <c>credentials</c>, <c>blocked</c>, <c>sync-failing</c>, <c>recovered</c>.</param>
/// <param name="Title">One line.</param>
/// <param name="Message">What happened and what to do, with the link to /login; never a secret.</param>
/// <param name="Link">The /login page.</param>
/// <param name="NeedsHuman">Whether the owner must act (senders raise the priority).</param>
public sealed record Notification(string Event, string Title, string Message, string Link, bool NeedsHuman, DateTimeOffset At);
