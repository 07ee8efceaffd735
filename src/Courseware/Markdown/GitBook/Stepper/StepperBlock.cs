using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Stepper;

/// <summary><c>{% stepper %}…{% endstepper %}</c>; its children are <see cref="StepBlock"/>s.</summary>
public sealed class StepperBlock(BlockParser? parser) : GitBookTagBlock(parser);

/// <summary><c>{% step %}…{% endstep %}</c>.</summary>
public sealed class StepBlock(BlockParser? parser) : GitBookTagBlock(parser);
