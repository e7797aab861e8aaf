namespace InsiderRisk.Functions.OpenApi;

/// <summary>The configured flows, in <c>items</c> as every list of the API.</summary>
public sealed record FlowListView(IReadOnlyList<FlowView> Items);
