namespace ShopExit.Bot.Storage.Postgres;

/// <summary>One versioned schema script, <c>Migrations/NNNN_name.sql</c>, embedded in the assembly.</summary>
/// <param name="Version">The number in its file name: migrations run in this order, each once per database.</param>
/// <param name="Name">The file name, recorded with the version.</param>
/// <param name="Sql">The script.</param>
internal sealed record PostgresMigration(int Version, string Name, string Sql);
