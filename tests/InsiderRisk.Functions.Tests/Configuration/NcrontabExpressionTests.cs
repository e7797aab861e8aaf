using InsiderRisk.Functions.Configuration;

namespace InsiderRisk.Functions.Tests.Configuration;

public sealed class NcrontabExpressionTests
{
    [Theory]
    [InlineData("0 0 2 * * *")]
    [InlineData("0 */5 * * * *")]
    [InlineData("*/30 0-10/2 9-17 1,15 JAN-mar MON-FRI")]
    [InlineData("59 59 23 31 12 6")]
    [InlineData("  0  0  2  *  *  *  ")]
    public void Valid_schedules_pass(string expression)
    {
        Assert.Null(NcrontabExpression.Check(expression));
    }

    [Theory]
    [InlineData(null, "six-field")]
    [InlineData("", "six-field")]
    [InlineData("0 2 * * *", "six-field")]
    [InlineData("0 0 0 2 * * *", "six-field")]
    [InlineData("60 * * * * *", "second")]
    [InlineData("* * * 0 * *", "day")]
    [InlineData("* * * * 13 *", "month")]
    [InlineData("* * * * * 7", "day-of-week")]
    [InlineData("*/0 * * * * *", "second")]
    [InlineData("5-1 * * * * *", "second")]
    [InlineData("* * * * FOO *", "month")]
    [InlineData("* -1 * * * *", "minute")]
    [InlineData("* 1/2/3 * * * *", "minute")]
    public void Invalid_schedules_name_the_problem(string? expression, string field)
    {
        Assert.Contains(field, NcrontabExpression.Check(expression), StringComparison.Ordinal);
    }
}
