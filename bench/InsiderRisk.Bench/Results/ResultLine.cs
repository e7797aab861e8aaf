using System.Buffers;
using System.Text;
using System.Text.Json;
using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Results;

/// <summary>
/// The machine-readable line per figure:
/// <c>RESULT {"scenario":…,"store":…,"figure":…,"value":…,"baseline":…,"ratio":…,"target":…,"met":…}</c>,
/// fields always in this order; missing baseline, ratio, target or met are null.
/// </summary>
public static class ResultLine
{
    public const string Prefix = "RESULT ";

    public static string Format(string scenario, StoreKind store, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario);
            json.WriteString("store", store.Name());
            json.WriteString("figure", figure.Name);
            WriteNumber(json, "value", figure.Value, 3);
            WriteNumber(json, "baseline", figure.Baseline, 3);
            WriteNumber(json, "ratio", figure.Ratio, 4);
            WriteNumber(json, "target", figure.Target?.Threshold, 3);
            if (figure.Met is { } met)
            {
                json.WriteBoolean("met", met);
            }
            else
            {
                json.WriteNull("met");
            }

            json.WriteEndObject();
        }

        return Prefix + Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value, int decimals)
    {
        if (value is { } x && double.IsFinite(x))
        {
            json.WriteNumber(name, Math.Round(x, decimals, MidpointRounding.AwayFromZero));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
