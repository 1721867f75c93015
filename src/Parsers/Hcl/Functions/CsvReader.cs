using System.Text;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>RFC 4180 CSV as Go's encoding/csv reads it: quoted fields with "" for a quote, CRLF or LF line ends, blank lines skipped.</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            if (text[position] is '\n' or '\r')
            {
                line += text[position] == '\n' ? 1 : 0;
                position++;
                continue;
            }

            var row = new List<string>();
            while (true)
            {
                var field = new StringBuilder();
                if (position < text.Length && text[position] == '"')
                {
                    position++;
                    while (true)
                    {
                        if (position >= text.Length)
                        {
                            throw FunctionInvocation.Fail($"record on line {line}: extraneous or missing \" in quoted-field");
                        }

                        var c = text[position++];
                        if (c == '"')
                        {
                            if (position < text.Length && text[position] == '"')
                            {
                                field.Append('"');
                                position++;
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    if (position < text.Length && text[position] is not (',' or '\n' or '\r'))
                    {
                        throw FunctionInvocation.Fail($"record on line {line}: extraneous or missing \" in quoted-field");
                    }
                }
                else
                {
                    while (position < text.Length && text[position] is not (',' or '\n' or '\r'))
                    {
                        if (text[position] == '"')
                        {
                            throw FunctionInvocation.Fail($"record on line {line}: bare \" in non-quoted-field");
                        }

                        field.Append(text[position++]);
                    }
                }

                row.Add(field.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                break;
            }

            rows.Add(row);
        }

        return rows;
    }
}
