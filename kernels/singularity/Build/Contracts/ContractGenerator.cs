// The Roslyn entry point: every *.contract file among a project's AdditionalFiles becomes
// a generated C# file of endpoint types; a malformed contract is a compile error at its line.
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Singularity.Contracts;

[Generator(LanguageNames.CSharp)]
public sealed class ContractGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var contracts = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".contract", System.StringComparison.OrdinalIgnoreCase))
            .Select((file, cancellation) => (file.Path, Text: file.GetText(cancellation)?.ToString() ?? ""));
        context.RegisterSourceOutput(contracts, (output, file) =>
        {
            var errors = new List<ContractError>();
            Contract? contract = ContractParser.Parse(file.Text, errors);
            string name = Path.GetFileName(file.Path);
            foreach (var error in errors)
            {
                var position = new LinePosition(error.Line - 1, 0);
                var location = Location.Create(file.Path, new TextSpan(0, 0), new LinePositionSpan(position, position));
                output.ReportDiagnostic(Diagnostic.Create(
                    new DiagnosticDescriptor(error.Id, "Invalid channel contract", "{0}", "Singularity.Contracts", DiagnosticSeverity.Error, true),
                    location, error.Message));
            }
            if (contract != null)
                output.AddSource(Path.GetFileNameWithoutExtension(file.Path) + ".contract.g.cs", ContractEmitter.Emit(contract, name));
        });
    }
}
