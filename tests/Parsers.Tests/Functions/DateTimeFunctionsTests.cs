using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Functions;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class DateTimeFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("formatdate", Str("02 Jan 2018 23:12 UTC"), Str("DD MMM YYYY hh:mm ZZZ"), Str("2018-01-02T23:12:01Z")),
        Case("formatdate", Str("Tuesday, 02-Jan-18 23:12:01 UTC"), Str("EEEE, DD-MMM-YY hh:mm:ss ZZZ"), Str("2018-01-02T23:12:01Z")),
        Case("formatdate", Str("Tue, 02 Jan 2018 23:12:01 -0800"), Str("EEE, DD MMM YYYY hh:mm:ss ZZZ"), Str("2018-01-02T23:12:01-08:00")),
        Case("formatdate", Str("Jan 02, 2018"), Str("MMM DD, YYYY"), Str("2018-01-02T23:12:01Z")),
        Case("formatdate", Str("11:12pm"), Str("HH:mmaa"), Str("2018-01-02T23:12:01Z")),
        Case("formatdate", Str("January 2, 2018 at 11 PM"), Str("MMMM D, YYYY 'at' H AA"), Str("2018-01-02T23:12:01Z")),
        Case("formatdate", Str("it's 1/2 5:7:9"), Str("'it''s' M/D h:m:s"), Str("2018-01-02T05:07:09Z")),
        Case("formatdate", Str("Z +0000 +00:00"), Str("Z ZZZZ ZZZZZ"), Str("2018-01-02T05:07:09Z")),
        Case("formatdate", Str("+05:30"), Str("Z"), Str("2018-01-02T05:07:09+05:30")),
        Case("timeadd", Str("2017-11-22T00:10:00Z"), Str("2017-11-22T00:00:00Z"), Str("10m")),
        Case("timeadd", Str("2017-11-21T23:00:00Z"), Str("2017-11-22T00:00:00Z"), Str("-1h")),
        Case("timeadd", Str("2017-11-22T01:30:30+02:00"), Str("2017-11-22T00:00:00+02:00"), Str("1h30m30s")),
        Case("timeadd", Str("2017-11-22T00:00:01Z"), Str("2017-11-22T00:00:00.5Z"), Str("0.5s")),
        Case("timecmp", Num(0), Str("2017-11-22T00:00:00Z"), Str("2017-11-22T00:00:00Z")),
        Case("timecmp", Num(-1), Str("2017-11-22T00:00:00Z"), Str("2017-11-22T01:00:00Z")),
        Case("timecmp", Num(1), Str("2017-11-22T01:00:00Z"), Str("2017-11-22T00:00:00Z")),
        Case("timecmp", Num(0), Str("2017-11-22T01:00:00Z"), Str("2017-11-22T00:00:00-01:00")),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("formatdate", "not a valid RFC3339 timestamp", Str("YYYY"), Str("2018-01-02")),
        Error("formatdate", "invalid date format verb \"YYY\"", Str("YYY"), Str("2018-01-02T23:12:01Z")),
        Error("formatdate", "unterminated literal", Str("'abc"), Str("2018-01-02T23:12:01Z")),
        Error("timeadd", "time: invalid duration \"ten minutes\"", Str("2017-11-22T00:00:00Z"), Str("ten minutes")),
        Error("timeadd", "time: unknown unit \"d\"", Str("2017-11-22T00:00:00Z"), Str("1d")),
        Error("timeadd", "time: missing unit", Str("2017-11-22T00:00:00Z"), Str("10")),
        Error("timecmp", "not a valid RFC3339 timestamp", Str("yesterday"), Str("2017-11-22T00:00:00Z")),
        Error("timecmp", "out of range", Str("2017-13-22T00:00:00Z"), Str("2017-11-22T00:00:00Z")),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [TestCase("timestamp")]
    [TestCase("plantimestamp")]
    public void The_current_time_is_impure(string name)
    {
        Assert.That(TerraformFunctions.Table.TryGet(name, out var function), Is.True);
        Assert.That(function.IsImpure, Is.True);
    }
}
