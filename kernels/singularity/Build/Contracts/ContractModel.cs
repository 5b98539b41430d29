// What a contract declares (Singularity paper, section 2.2): its messages, each sent by
// one side ("in" messages go from the importer to the exporter, "out" messages back), and
// a state machine whose transitions say which message may be sent in which state.
using System.Collections.Generic;

namespace Singularity.Contracts;

public enum Direction { In, Out }

public sealed class MessageParameter
{
    public MessageParameter(string type, string name) { Type = type; Name = name; }
    public string Type { get; }     // long, int or ExBlock
    public string Name { get; }
    public bool IsBlock => Type == "ExBlock";
}

public sealed class MessageDeclaration
{
    public MessageDeclaration(string name, Direction direction, int tag) { Name = name; Direction = direction; Tag = tag; }
    public string Name { get; }
    public Direction Direction { get; }
    public int Tag { get; }
    public List<MessageParameter> Parameters { get; } = new();
    /// <summary>C# boolean expression over the parameters, checked before the send (may be null).</summary>
    public string? Requires { get; set; }
}

public sealed class Transition
{
    public Transition(string message, bool received, string next, int line) { Message = message; Received = received; Next = next; Line = line; }
    public string Message { get; }
    /// <summary>True for `Msg?` (the exporter receives it), false for `Msg!` (the exporter sends it).</summary>
    public bool Received { get; }
    public string Next { get; }
    public int Line { get; }
}

public sealed class StateDeclaration
{
    public StateDeclaration(string name, int index, int line) { Name = name; Index = index; Line = line; }
    public string Name { get; }
    public int Index { get; }
    public int Line { get; }
    public List<Transition> Transitions { get; } = new();
}

public sealed class Contract
{
    public Contract(string name) { Name = name; }
    public string Name { get; }
    public List<MessageDeclaration> Messages { get; } = new();
    public List<StateDeclaration> States { get; } = new();

    public MessageDeclaration? Message(string name) => Messages.Find(m => m.Name == name);
    public StateDeclaration? State(string name) => States.Find(s => s.Name == name);
}

/// <summary>A problem in a contract file, with its line (1-based).</summary>
public sealed class ContractError
{
    public ContractError(string id, int line, string message) { Id = id; Line = line; Message = message; }
    public string Id { get; }
    public int Line { get; }
    public string Message { get; }
    public override string ToString() => $"{Id} line {Line}: {Message}";
}
