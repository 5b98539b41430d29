// Parses the contract declaration language:
//   contract Echo {
//     in message Request(long x, ExBlock data) requires x >= 0;
//     out message Reply(long y, ExBlock data);
//     state Start: Request? -> Pending;
//     state Pending: Reply! -> Start;
//   }
// and checks it: every transition names a declared message and state, `?` only on "in"
// messages and `!` only on "out" messages, and no state lets both sides send (the two
// ends would race). The first state is the initial one.
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Singularity.Contracts;

public static class ContractParser
{
    public const string SyntaxError = "TBC001";
    public const string UnknownName = "TBC002";
    public const string WrongDirection = "TBC003";
    public const string MixedState = "TBC004";
    public const string BadParameters = "TBC005";

    private static readonly string[] ParameterTypes = { "long", "int", "ExBlock" };

    public static Contract? Parse(string text, List<ContractError> errors)
    {
        var tokens = Tokenize(text);
        int position = 0;
        Token Peek() => position < tokens.Count ? tokens[position] : new Token("", tokens.Count > 0 ? tokens[tokens.Count - 1].Line : 1);
        Token Next() => position < tokens.Count ? tokens[position++] : Peek();
        bool Expect(string value)
        {
            Token token = Next();
            if (token.Text == value) return true;
            errors.Add(new ContractError(SyntaxError, token.Line, $"expected '{value}' but found '{token.Text}'"));
            return false;
        }
        string Identifier()
        {
            Token token = Next();
            if (token.Text.Length > 0 && (char.IsLetter(token.Text[0]) || token.Text[0] == '_')) return token.Text;
            errors.Add(new ContractError(SyntaxError, token.Line, $"expected a name but found '{token.Text}'"));
            return "";
        }

        if (!Expect("contract")) return null;
        var contract = new Contract(Identifier());
        if (!Expect("{")) return null;
        while (errors.Count == 0 && Peek().Text != "}" && Peek().Text != "")
        {
            Token head = Next();
            if (head.Text == "in" || head.Text == "out")
            {
                if (!Expect("message")) break;
                var message = new MessageDeclaration(Identifier(), head.Text == "in" ? Direction.In : Direction.Out, contract.Messages.Count + 1);
                if (!Expect("(")) break;
                while (Peek().Text != ")" && Peek().Text != "")
                {
                    Token type = Next();
                    if (!ParameterTypes.Contains(type.Text))
                        errors.Add(new ContractError(BadParameters, type.Line, $"message {message.Name}: parameter type '{type.Text}' is not long, int or ExBlock"));
                    message.Parameters.Add(new MessageParameter(type.Text, Identifier()));
                    if (Peek().Text == ",") Next();
                }
                Expect(")");
                if (message.Parameters.Count(p => !p.IsBlock) > 3 || message.Parameters.Count(p => p.IsBlock) > 1)
                    errors.Add(new ContractError(BadParameters, head.Line, $"message {message.Name}: at most three numbers and one ExBlock fit in a message"));
                if (Peek().Text == "requires")
                {
                    Next();
                    var expression = new StringBuilder();
                    while (Peek().Text != ";" && Peek().Text != "")
                    {
                        Token part = Next();
                        bool isName = char.IsLetter(part.Text[0]) || part.Text[0] == '_';
                        if (isName && !message.Parameters.Any(p => p.Name == part.Text && !p.IsBlock))
                            errors.Add(new ContractError(UnknownName, part.Line, $"message {message.Name}: 'requires' names '{part.Text}', which is not one of its number parameters"));
                        expression.Append(part.Text).Append(' ');
                    }
                    message.Requires = expression.ToString().Trim();
                }
                Expect(";");
                contract.Messages.Add(message);
            }
            else if (head.Text == "state")
            {
                var state = new StateDeclaration(Identifier(), contract.States.Count, head.Line);
                Expect(":");
                while (Peek().Text != ";" && Peek().Text != "")
                {
                    Token messageName = Next();
                    Token mark = Next();
                    if (mark.Text != "?" && mark.Text != "!")
                    {
                        errors.Add(new ContractError(SyntaxError, mark.Line, $"expected '?' or '!' after {messageName.Text}"));
                        break;
                    }
                    Expect("->");
                    string next = Identifier();
                    state.Transitions.Add(new Transition(messageName.Text, mark.Text == "?", next, messageName.Line));
                    if (Peek().Text == ",") Next();
                }
                Expect(";");
                contract.States.Add(state);
            }
            else
            {
                errors.Add(new ContractError(SyntaxError, head.Line, $"expected 'in message', 'out message' or 'state' but found '{head.Text}'"));
            }
        }
        if (errors.Count == 0) Expect("}");
        if (errors.Count == 0) Check(contract, errors);
        return errors.Count == 0 ? contract : null;
    }

    private static void Check(Contract contract, List<ContractError> errors)
    {
        if (contract.States.Count == 0) errors.Add(new ContractError(SyntaxError, 1, $"contract {contract.Name} declares no state"));
        foreach (var state in contract.States)
        {
            foreach (var transition in state.Transitions)
            {
                var message = contract.Message(transition.Message);
                if (message == null)
                    errors.Add(new ContractError(UnknownName, transition.Line, $"state {state.Name}: no message named {transition.Message}"));
                else if (transition.Received != (message.Direction == Direction.In))
                    errors.Add(new ContractError(WrongDirection, transition.Line,
                        $"state {state.Name}: {message.Name} is an '{(message.Direction == Direction.In ? "in" : "out")}' message, so it must be written {message.Name}{(message.Direction == Direction.In ? "?" : "!")}"));
                if (contract.State(transition.Next) == null)
                    errors.Add(new ContractError(UnknownName, transition.Line, $"state {state.Name}: no state named {transition.Next}"));
            }
            if (state.Transitions.Any(t => t.Received) && state.Transitions.Any(t => !t.Received))
                errors.Add(new ContractError(MixedState, state.Line, $"state {state.Name}: both sides could send in this state; split it so that one side sends"));
        }
    }

    private readonly struct Token
    {
        public Token(string text, int line) { Text = text; Line = line; }
        public string Text { get; }
        public int Line { get; }
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int line = 1;
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (c == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(text.Substring(start, i - start), line));
                continue;
            }
            string two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two == "->" || two == ">=" || two == "<=" || two == "==" || two == "!=" || two == "&&" || two == "||")
            {
                tokens.Add(new Token(two, line));
                i += 2;
                continue;
            }
            tokens.Add(new Token(c.ToString(), line));
            i++;
        }
        return tokens;
    }
}
