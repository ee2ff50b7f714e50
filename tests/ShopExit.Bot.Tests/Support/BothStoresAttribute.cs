using System.Reflection;
using ShopExit.Bot.Storage;
using Xunit.Sdk;

namespace ShopExit.Bot.Tests.Support;

/// <summary>Runs a store contract test once per store: SQLite and PostgreSQL (never skipped: a missing server fails).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothStoresAttribute : DataAttribute
{
    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Sqlite], [StoreKind.Postgres]];
}
