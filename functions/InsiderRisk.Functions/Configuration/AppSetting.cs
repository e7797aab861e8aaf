namespace InsiderRisk.Functions.Configuration;

/// <summary>
/// One app setting by its app-settings name (<c>__</c> nests; <c>{name}</c> stands for a name the admin
/// chooses), where it is set in Azure, and why.
/// </summary>
public sealed record AppSetting(string Name, SettingPlace Place, string Why);
