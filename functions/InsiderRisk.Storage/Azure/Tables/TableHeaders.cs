using Azure.Core;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>The headers every table request carries (JSON with minimal metadata, OData 3.0).</summary>
internal static class TableHeaders
{
    public const string ApiVersion = "2019-02-02";

    public const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    public static void Apply(Request request)
    {
        request.Headers.SetValue("x-ms-version", ApiVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue(HttpHeader.Names.Accept, JsonMinimalMetadata);
    }

    public static void ApplyJsonBody(Request request, byte[] body)
    {
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        request.Headers.SetValue("Prefer", "return-no-content");
        request.Content = RequestContent.Create(body);
    }
}
