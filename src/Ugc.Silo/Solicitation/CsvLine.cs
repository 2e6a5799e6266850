namespace Ugc.Silo.Solicitation;

/// <summary>Splits one CSV record (RFC 4180: commas, double quotes, <c>""</c> for a quote inside quotes).</summary>
public static class CsvLine
{
    /// <summary>Whether the text so far ends inside a quoted field (the record goes on on the next line).</summary>
    public static bool IsOpen(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                open = !open;
            }
        }

        return open;
    }

    /// <summary>The fields of a record, or null when a quote is misplaced.</summary>
    public static List<string>? Split(string record)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < record.Length && record[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= record.Length)
                    {
                        return null;
                    }

                    if (record[i] == '"')
                    {
                        if (i + 1 < record.Length && record[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(record[i++]);
                }

                if (i < record.Length && record[i] != ',')
                {
                    return null;
                }
            }
            else
            {
                while (i < record.Length && record[i] != ',')
                {
                    if (record[i] == '"')
                    {
                        return null;
                    }

                    field.Append(record[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= record.Length)
            {
                return fields;
            }

            i++;
        }
    }
}
