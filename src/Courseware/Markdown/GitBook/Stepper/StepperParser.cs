using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Stepper;

/// <summary>Parses <c>{% stepper %}…{% endstepper %}</c>.</summary>
public sealed class StepperParser() : GitBookTagParser<StepperBlock>("stepper")
{
    protected override StepperBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report) => new(this);
}

/// <summary>Parses <c>{% step %}…{% endstep %}</c>, normally inside <c>{% stepper %}</c>.</summary>
public sealed class StepParser() : GitBookTagParser<StepBlock>("step")
{
    protected override StepBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        if (processor.CurrentContainer is not StepperBlock)
        {
            report(DiagnosticCodes.MisplacedGitBookTag, ["step", "stepper"]);
        }

        return new StepBlock(this);
    }
}
