using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Session;
using PersonalCapital.Store;
using PersonalCapital.Store.Database;
using PersonalCapital.Store.Sessions;

namespace PersonalCapitalService.Storage;

internal static class StoreSetup
{
    /// <summary>
    /// The local store (<c>Store__Provider</c>, <c>Store__ConnectionString</c>, <c>Store__Mode</c>). SQLite's file
    /// defaults to <c>pcs.db</c> beside the session file; on PostgreSQL the upstream session lives in the database too.
    /// </summary>
    public static IHostApplicationBuilder AddOwnerStore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionStringSet = builder.Configuration[$"{StoreOptions.SectionName}:ConnectionString"] is not null;
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName)
            .PostConfigure<IOptions<PersonalCapitalOptions>>((store, client) =>
            {
                if (store.Provider == StoreProvider.Sqlite && !connectionStringSet)
                {
                    var folder = Path.GetDirectoryName(Path.GetFullPath(client.Value.SessionFile));
                    store.ConnectionString = $"Data Source={Path.Combine(folder ?? ".", "pcs.db")}";
                }
            })
            .Validate(o => Enum.IsDefined(o.Provider), "Store__Provider must be Sqlite or Postgres.")
            .Validate(o => Enum.IsDefined(o.Mode), "Store__Mode must be Sync or Live.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Store__ConnectionString must not be empty.")
            .ValidateOnStart();

        services.AddSingleton(sp => StoreDatabase.Create(sp.GetRequiredService<IOptions<StoreOptions>>().Value));
        services.AddSingleton(sp => new OwnerStore(sp.GetRequiredService<StoreDatabase>(),
            LoginKey.For(sp.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value)));
        services.AddSingleton<IOwnerStore>(sp => sp.GetRequiredService<OwnerStore>());
        services.AddSingleton<StoreStateCache>();
        services.AddSingleton<StoreReads>();
        services.AddSingleton<StoredDocuments>();
        services.AddSingleton<AnswerCache>();
        services.AddSingleton<StoreValidatorsFilter>();
        services.AddHostedService<StoreStartup>();

        var provider = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Provider;
        if (provider == StoreProvider.Postgres)
        {
            services.Replace(ServiceDescriptor.Singleton<ISessionStore>(sp => new DatabaseSessionStore(
                sp.GetRequiredService<IOwnerStore>(),
                sp.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value.EncryptionKey,
                sp.GetRequiredService<TimeProvider>())));
        }
        return builder;
    }
}
