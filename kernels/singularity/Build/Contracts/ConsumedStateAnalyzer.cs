// Out-of-protocol sends the compiler can see beyond the typestate: a protocol state value
// (a generated Imp/Exp state struct) used again after a send or receive consumed it, in
// straight-line code of one block, is a compile error (TBC100). Linear types make this a
// type error in Singularity's Sing#; here the analyzer catches what is visible in one
// block, and the generation check catches the rest at run time. The scan is deliberately
// conservative: a statement it does not look into (a branch, a loop) forgets what it knew
// about every state variable it mentions, so it never reports a use that might be valid.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Singularity.Contracts;

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsumedStateAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TBC100";

    private static readonly DiagnosticDescriptor Rule = new(
        Id, "Protocol state used after it was consumed",
        "The protocol state '{0}' was consumed by {1} on line {2}; send or receive from the state that call returned",
        "Singularity.Contracts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeBlock, SyntaxKind.Block);
    }

    /// <summary>A struct nested in a contract's Imp or Exp class (the generated per-state types).</summary>
    public static bool IsProtocolState(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named
        && named.ContainingType is { Name: "Imp" or "Exp" } side
        && side.ContainingType is { } contract
        && contract.GetMembers("Transitions").Any();

    private static void AnalyzeBlock(SyntaxNodeAnalysisContext context)
    {
        var block = (BlockSyntax)context.Node;
        var consumed = new Dictionary<ISymbol, (string Call, int Line)>(SymbolEqualityComparer.Default);
        foreach (var statement in block.Statements)
        {
            if (statement is ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax)
                Scan(context, statement, consumed);
            else
                Forget(context, statement, consumed);
        }
    }

    // Events in evaluation order: a call on a state consumes it where the call starts; an
    // assignment renews its target where the assignment ends (after its right side ran), an
    // `out x` argument where its call ends. Uses of consumed states are reported.
    private static void Scan(SyntaxNodeAnalysisContext context, SyntaxNode statement, Dictionary<ISymbol, (string Call, int Line)> consumed)
    {
        var model = context.SemanticModel;
        var events = new List<(int Position, bool Renews, ISymbol Symbol, IdentifierNameSyntax Name, string Call)>();
        foreach (var node in statement.DescendantNodesAndSelf())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target } access })
            {
                ISymbol? symbol = model.GetSymbolInfo(target).Symbol;
                if (symbol is ILocalSymbol or IParameterSymbol && IsProtocolState(TypeOf(symbol)))
                    events.Add((node.SpanStart, false, symbol!, target, access.Name.Identifier.Text));
            }
            else if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } assignment)
            {
                ISymbol? symbol = model.GetSymbolInfo(assigned).Symbol;
                if (symbol != null) events.Add((assignment.Span.End, true, symbol, assigned, ""));
            }
            else if (node is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword, Expression: IdentifierNameSyntax outName } argument)
            {
                ISymbol? symbol = model.GetSymbolInfo(outName).Symbol;
                SyntaxNode call = argument.Parent?.Parent ?? argument;
                if (symbol != null) events.Add((call.Span.End, true, symbol, outName, ""));
            }
        }
        foreach (var e in events.OrderBy(e => e.Position))
        {
            if (e.Renews)
            {
                Renew(e.Symbol, consumed);
                continue;
            }
            if (consumed.TryGetValue(e.Symbol, out var earlier))
                context.ReportDiagnostic(Diagnostic.Create(Rule, e.Name.GetLocation(), e.Name.Identifier.Text, earlier.Call, earlier.Line));
            else
                consumed[e.Symbol] = (e.Call, e.Name.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
        }
    }

    private static void Renew(ISymbol? symbol, Dictionary<ISymbol, (string Call, int Line)> consumed)
    {
        if (symbol != null) consumed.Remove(symbol);
    }

    private static void Forget(SyntaxNodeAnalysisContext context, SyntaxNode statement, Dictionary<ISymbol, (string Call, int Line)> consumed)
    {
        foreach (var name in statement.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            ISymbol? symbol = context.SemanticModel.GetSymbolInfo(name).Symbol;
            if (symbol != null) consumed.Remove(symbol);
        }
    }

    private static ITypeSymbol? TypeOf(ISymbol? symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };
}
