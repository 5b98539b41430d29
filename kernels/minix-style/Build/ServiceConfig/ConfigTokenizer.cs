namespace Minix.SystemConf;

/// <summary>A word or one of the punctuation marks <c>{ } ;</c>, with its line.</summary>
public readonly record struct Token(string Text, int Line)
{
    public bool Is(string text) => Text == text;
}

/// <summary>
/// Splits system.conf into tokens: words (anything but blanks, braces and semicolons), the
/// marks <c>{</c>, <c>}</c>, <c>;</c>; <c>#</c> starts a comment to the end of the line.
/// </summary>
public static class ConfigTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int line = 1, i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n') { line++; i++; }
            else if (char.IsWhiteSpace(c)) i++;
            else if (c == '#') { while (i < text.Length && text[i] != '\n') i++; }
            else if (c is '{' or '}' or ';') { tokens.Add(new Token(c.ToString(), line)); i++; }
            else
            {
                int start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('{' or '}' or ';' or '#')) i++;
                tokens.Add(new Token(text[start..i], line));
            }
        }
        return tokens;
    }
}
