using Npgsql;

namespace Hotline.BuildingBlocks.Storage;

/// <summary>
/// A fixed statement's named placeholders (<c>@name</c>) turned into positional ones (<c>$1</c>, <c>$2</c>, …) once.
/// Npgsql rewrites a statement with named parameters on every execution (its parser was the host's busiest Npgsql code
/// in issue 14's profile) but sends one with positional parameters as it is. The rewriting follows Npgsql's: a
/// placeholder is <c>@</c> or <c>:</c> (not doubled) and a name, outside quotes, dollar quotes and comments, and only
/// names the caller bound are placeholders (<c>@&gt;</c> or an array slice stay as they are).
/// </summary>
internal sealed class PositionalStatement
{
    private readonly string _text;
    private readonly string[] _bound;
    private readonly int[] _order;

    private PositionalStatement(string text, string[] bound, int[] order) => (_text, _bound, _order) = (text, bound, order);

    /// <summary>The rewriting for <paramref name="sql"/> with the parameters of a first call, bound by name.</summary>
    public static PositionalStatement Of(string sql, NpgsqlParameterCollection parameters)
    {
        var bound = parameters.Select(p => p.ParameterName).ToArray();
        // Npgsql takes a name bound as "@id" or ":id" for "id".
        var trimmed = bound.Select(name => name.TrimStart('@', ':')).ToArray();
        var (text, names) = Rewrite(sql, trimmed.ToHashSet(StringComparer.Ordinal));
        return new PositionalStatement(text, bound, [.. names.Select(n => Array.IndexOf(trimmed, n))]);
    }

    /// <summary>
    /// The statement with positional parameters when the caller bound the same names in the same order as the first
    /// call (a statement's binding is fixed code); otherwise left named, for Npgsql to rewrite.
    /// </summary>
    public void Apply(NpgsqlBatchCommand statement)
    {
        var parameters = statement.Parameters;
        if (parameters.Count != _bound.Length)
        {
            return;
        }

        for (var i = 0; i < _bound.Length; i++)
        {
            if (!string.Equals(parameters[i].ParameterName, _bound[i], StringComparison.Ordinal))
            {
                return;
            }
        }

        var values = new NpgsqlParameter[_bound.Length];
        parameters.CopyTo(values, 0);
        parameters.Clear();
        foreach (var index in _order)
        {
            // A name used twice has one position: the parameter is added once, where it first appears.
            var parameter = values[index];
            parameter.ParameterName = "";
            parameters.Add(parameter);
        }

        statement.CommandText = _text;
    }

    private static (string Text, List<string> Names) Rewrite(string sql, HashSet<string> bound)
    {
        var text = new System.Text.StringBuilder(sql.Length);
        var names = new List<string>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var skip = c switch
            {
                '\'' => QuotedEnd(sql, i, '\'', escapes: i > 0 && sql[i - 1] is 'e' or 'E' && (i < 2 || !IsIdentifier(sql[i - 2]))),
                '"' => QuotedEnd(sql, i, '"', escapes: false),
                '-' when At(sql, i + 1) == '-' => LineEnd(sql, i),
                '/' when At(sql, i + 1) == '*' => BlockCommentEnd(sql, i),
                '$' when i == 0 || !IsIdentifier(sql[i - 1]) => DollarQuoteEnd(sql, i),
                _ => -1,
            };
            if (skip > i)
            {
                text.Append(sql, i, skip - i);
                i = skip;
                continue;
            }

            if (c is '@' or ':' && (i == 0 || sql[i - 1] != c) && IsNameChar(At(sql, i + 1)))
            {
                var end = i + 1;
                while (end < sql.Length && IsNameChar(sql[end]))
                {
                    end++;
                }

                var name = sql[(i + 1)..end];
                if (bound.Contains(name))
                {
                    var position = names.IndexOf(name);
                    if (position < 0)
                    {
                        names.Add(name);
                        position = names.Count - 1;
                    }

                    text.Append('$').Append(position + 1);
                }
                else
                {
                    text.Append(sql, i, end - i);
                }

                i = end;
                continue;
            }

            text.Append(c);
            i++;
        }

        return (text.ToString(), names);
    }

    private static char At(string sql, int i) => i < sql.Length ? sql[i] : '\0';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    private static bool IsIdentifier(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || c >= 128;

    /// <summary>The index after a quoted string or name; '' (or "") inside is two quotes in a row, read as two strings.</summary>
    private static int QuotedEnd(string sql, int start, char quote, bool escapes)
    {
        var i = start + 1;
        while (i < sql.Length && sql[i] != quote)
        {
            i += escapes && sql[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, sql.Length);
    }

    private static int LineEnd(string sql, int start)
    {
        var end = sql.IndexOf('\n', start);
        return end < 0 ? sql.Length : end + 1;
    }

    private static int BlockCommentEnd(string sql, int start)
    {
        var depth = 0;
        for (var i = start; i < sql.Length - 1; i++)
        {
            if (sql[i] == '/' && sql[i + 1] == '*')
            {
                depth++;
                i++;
            }
            else if (sql[i] == '*' && sql[i + 1] == '/')
            {
                i++;
                if (--depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return sql.Length;
    }

    /// <summary>The index after a dollar-quoted string (<c>$tag$ … $tag$</c>), or -1 when <c>$</c> starts none here.</summary>
    private static int DollarQuoteEnd(string sql, int start)
    {
        var tagEnd = start + 1;
        while (tagEnd < sql.Length && sql[tagEnd] != '$' && IsIdentifier(sql[tagEnd]))
        {
            tagEnd++;
        }

        if (tagEnd >= sql.Length || sql[tagEnd] != '$' || (tagEnd > start + 1 && char.IsAsciiDigit(sql[start + 1])))
        {
            return -1;
        }

        var tag = sql[start..(tagEnd + 1)];
        var close = sql.IndexOf(tag, tagEnd + 1, StringComparison.Ordinal);
        return close < 0 ? sql.Length : close + tag.Length;
    }
}
