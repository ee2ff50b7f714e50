namespace ShopExit.Bot.Conversations;

/// <summary>
/// One async lock per key, created on demand and dropped when nobody holds or waits for it, so
/// idle conversations cost no memory here.
/// </summary>
public sealed class KeyedLocks
{
    private readonly Dictionary<string, Entry> _locks = new(StringComparer.Ordinal);

    /// <summary>Waits for the key's lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_locks)
        {
            if (!_locks.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _locks[key] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, held: false);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    /// <summary>How many keys are locked or waited for.</summary>
    public int Count
    {
        get
        {
            lock (_locks)
            {
                return _locks.Count;
            }
        }
    }

    private void Release(string key, Entry entry, bool held)
    {
        lock (_locks)
        {
            if (--entry.Users == 0)
            {
                _locks.Remove(key);
            }
        }

        if (held)
        {
            entry.Semaphore.Release();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(KeyedLocks owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(key, entry, held: true);
            }
        }
    }
}
