namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// Evaluate-once storage with cycle detection: asking for a key that is still being computed calls
/// <c>onCycle</c> with the chain of keys, instead of recursing forever.
/// </summary>
internal sealed class Memo<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> done = [];
    private readonly List<TKey> inProgress = [];

    public TValue Get(TKey key, Func<TValue> compute, Func<IReadOnlyList<string>, TValue> onCycle)
    {
        if (done.TryGetValue(key, out var value))
        {
            return value;
        }

        var index = inProgress.IndexOf(key);
        if (index >= 0)
        {
            var chain = inProgress.Skip(index).Select(k => k.ToString() ?? string.Empty).Append(key.ToString() ?? string.Empty).ToList();
            value = onCycle(chain);
            done[key] = value;
            return value;
        }

        inProgress.Add(key);
        try
        {
            value = compute();
        }
        finally
        {
            inProgress.RemoveAt(inProgress.Count - 1);
        }

        // A cycle found while computing may already have stored a placeholder; the computed value is better.
        done[key] = value;
        return value;
    }
}
