using System.Collections.Immutable;

namespace PersonalCapital.Sandbox.Data;

/// <summary>
/// Changes made to one sandbox's transactions through its control routes (the generated dataset is shared and never
/// changes): rows added, edited, removed, and pending rows that settle the way Empower's do, under a new id. Lets a
/// test show that a change upstream reaches the bridge's store at the next sync.
/// </summary>
public sealed class TransactionEdits
{
    private const long FirstAddedId = 9_001_000_000;

    private readonly object _gate = new();
    private State _state = new(ImmutableHashSet<long>.Empty, ImmutableDictionary<long, DemoTransaction>.Empty, ImmutableList<DemoTransaction>.Empty);
    private long _nextId = FirstAddedId;

    public bool IsEmpty => _state.IsEmpty;

    /// <summary>A new row like <paramref name="template"/> (same account, type and flags) with the given values.</summary>
    public DemoTransaction Add(DemoTransaction template, DateOnly date, decimal amount, string description, bool pending)
    {
        lock (_gate)
        {
            var row = Copy(template, _nextId++, date, amount, description, pending);
            _state = _state with { Added = _state.Added.Add(row) };
            return row;
        }
    }

    /// <summary>Changes a row's values; null keeps a value. False when no row has that id.</summary>
    public DemoTransaction? Edit(DemoDataset data, long id, DateOnly? date, decimal? amount, string? description)
    {
        lock (_gate)
        {
            if (Find(data, id) is not { } row)
            {
                return null;
            }
            var edited = Copy(row, id, date ?? row.Date, amount ?? row.Amount, description ?? row.Description, row.IsPending);
            Replace(row, edited);
            return edited;
        }
    }

    public bool Remove(DemoDataset data, long id)
    {
        lock (_gate)
        {
            if (Find(data, id) is null)
            {
                return false;
            }
            _state = _state with
            {
                Removed = _state.Removed.Add(id),
                Replaced = _state.Replaced.Remove(id),
                Added = _state.Added.RemoveAll(r => r.UserTransactionId == id),
            };
            return true;
        }
    }

    /// <summary>A pending row settles: it disappears and a posted copy appears under a new id. Null when not pending.</summary>
    public DemoTransaction? Settle(DemoDataset data, long id)
    {
        lock (_gate)
        {
            if (Find(data, id) is not { IsPending: true } row)
            {
                return null;
            }
            var posted = Copy(row, _nextId++, row.Date, row.Amount, row.Description, pending: false);
            Remove(data, id);
            _state = _state with { Added = _state.Added.Add(posted) };
            return posted;
        }
    }

    /// <summary>The rows of the dataset as edited, in the dataset's order (by date, then id).</summary>
    public IReadOnlyList<DemoTransaction> Apply(IReadOnlyList<DemoTransaction> rows)
    {
        var state = _state;
        if (state.IsEmpty)
        {
            return rows;
        }
        var result = new List<DemoTransaction>(rows.Count + state.Added.Count);
        foreach (var row in rows)
        {
            if (!state.Removed.Contains(row.UserTransactionId))
            {
                result.Add(state.Replaced.TryGetValue(row.UserTransactionId, out var edited) ? edited : row);
            }
        }
        result.AddRange(state.Added);
        result.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.UserTransactionId.CompareTo(b.UserTransactionId));
        return result;
    }

    private DemoTransaction? Find(DemoDataset data, long id) =>
        _state.Removed.Contains(id) ? null
        : _state.Replaced.TryGetValue(id, out var edited) ? edited
        : _state.Added.FirstOrDefault(r => r.UserTransactionId == id) ?? data.Transactions.FirstOrDefault(r => r.UserTransactionId == id);

    private void Replace(DemoTransaction row, DemoTransaction edited)
    {
        var index = _state.Added.FindIndex(r => r.UserTransactionId == row.UserTransactionId);
        _state = index >= 0
            ? _state with { Added = _state.Added.SetItem(index, edited) }
            : _state with { Replaced = _state.Replaced.SetItem(row.UserTransactionId, edited) };
    }

    private static DemoTransaction Copy(DemoTransaction source, long id, DateOnly date, decimal amount, string description, bool pending) => new()
    {
        UserTransactionId = id,
        Account = source.Account,
        Date = date,
        Amount = amount,
        Description = description,
        OriginalDescription = description,
        Merchant = source.Merchant,
        MerchantType = source.MerchantType,
        CategoryId = source.CategoryId,
        Type = source.Type,
        SubType = source.SubType,
        Flags = source.Flags,
        IsPending = pending,
        OriginalAmount = source.OriginalAmount,
        Investment = source.Investment,
        UserTags = source.UserTags,
        SystemTags = source.SystemTags,
    };

    private sealed record State(ImmutableHashSet<long> Removed, ImmutableDictionary<long, DemoTransaction> Replaced, ImmutableList<DemoTransaction> Added)
    {
        public bool IsEmpty => Removed.IsEmpty && Replaced.IsEmpty && Added.IsEmpty;
    }
}
