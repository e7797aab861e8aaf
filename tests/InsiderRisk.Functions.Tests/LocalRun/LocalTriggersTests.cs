using System.Text.Json;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.LocalRun;

namespace InsiderRisk.Functions.Tests.LocalRun;

public sealed class LocalTriggersTests
{
    [Fact]
    public void Queue_functions_poll_their_queue_Service_Bus_functions_a_local_stand_in_and_timers_their_setting()
    {
        var configuration = LocalRunBuilders.Configuration(("Sweeper:Schedule", "*/10 * * * * *"));

        var triggers = LocalTriggers.Discover(["RunCaseEffect", "IngestAlerts", "SweepOutbox", "RecomputeRiskScores", "NotAFunction"], configuration);

        Assert.Equal(4, triggers.Count);
        Assert.Equal("case-effects", triggers.OfType<LocalTrigger.Queue>().Single(t => t.Function.Name == "RunCaseEffect").QueueName);
        Assert.Equal("alerts-local", triggers.OfType<LocalTrigger.Queue>().Single(t => t.Function.Name == "IngestAlerts").QueueName);
        var timers = triggers.OfType<LocalTrigger.Timer>().ToDictionary(t => t.Function.Name, t => t.Schedule.Expression);
        Assert.Equal("*/10 * * * * *", timers["SweepOutbox"]);
        Assert.Equal("0 0 2 * * *", timers["RecomputeRiskScores"]);
    }

    [Fact]
    public void A_bad_schedule_setting_stops_the_start_with_its_reason()
    {
        var configuration = LocalRunBuilders.Configuration(("Risk:Schedule", "every night"));

        Assert.Throws<FormatException>(() => LocalTriggers.Discover([RecomputeRiskScoresFunction.Definition.Name], configuration));
    }

    [Fact]
    public void Queue_message_invocations_look_like_the_hosts()
    {
        var message = new Storage.Queues.QueueMessage("m-1", "pop-1", "{\"caseId\":\"c\"}", 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(5));

        var (data, metadata) = LocalInvocations.ForMessage("message", "RunCaseEffect", message, DateTimeOffset.UnixEpoch);

        Assert.Equal("{\"caseId\":\"c\"}", data.GetProperty("message").GetString());
        var read = new InvocationMetadata(metadata);
        Assert.Equal((3, "m-1"), (read.DequeueCount, read.MessageId));
        Assert.Equal("pop-1", read.GetString("PopReceipt"));
        Assert.Equal("RunCaseEffect", metadata.GetProperty("sys").GetProperty("MethodName").GetString());
    }

    [Fact]
    public void Output_values_become_one_message_per_item()
    {
        Assert.Equal(["plain"], OutputMessages.Of("plain"));
        Assert.Equal(["{\"caseId\":\"c\"}"], OutputMessages.Of(new { caseId = "c" }));
        Assert.Equal(["a", "{\"n\":1}"], OutputMessages.Of(JsonSerializer.SerializeToElement(new object[] { "a", new { n = 1 } })));
    }
}
