namespace PersonalCapitalService.OwnerData;

internal static class OwnerDataSetup
{
    /// <summary>The owner's data for the routes (<see cref="IOwnerData"/>): from the store, else live.</summary>
    public static IServiceCollection AddOwnerData(this IServiceCollection services)
    {
        services.AddSingleton<LiveOwnerData>();
        services.AddSingleton<IOwnerData, StoredOwnerData>();
        return services;
    }
}
