namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW04xx: quizzes (GIFT blocks, quiz options, question-bank export)
    public static readonly DiagnosticDescriptor GiftUnclosedBrace = Error("CW0401", "question {0}: the answer block opened with '{{' is never closed; question left out", "Close the answer block with '}', or escape a literal brace as '\\{'.");
    public static readonly DiagnosticDescriptor GiftUnexpectedBrace = Error("CW0402", "question {0}: '}}' without an opening '{{'; question left out", "Open the answer block with '{', or escape a literal brace as '\\}'.");
    public static readonly DiagnosticDescriptor GiftSecondAnswerBlock = Error("CW0403", "question {0}: a second answer block; a question has only one; question left out", "Split it into two questions separated by a blank line, or escape the braces as '\\{' '\\}'.");
    public static readonly DiagnosticDescriptor GiftUnclosedTitle = Error("CW0404", "question {0}: the title opened with '::' is never closed; read as question text", "Close the title with '::', or escape the colons as '\\:'.");
    public static readonly DiagnosticDescriptor GiftUnknownAnswerBlock = Error("CW0405", "question {0}: cannot tell the question type from the answer block '{1}'; question left out", "Start answers with '=' (right) or '~' (wrong), numbers with '#', or write T, TRUE, F or FALSE.");
    public static readonly DiagnosticDescriptor GiftNoRightAnswer = Error("CW0406", "question {0}: no answer is right (no '=' and no positive weight)", "Mark the right answer with '=' or give it a positive weight such as '~%50%'.");
    public static readonly DiagnosticDescriptor GiftWeightsBelowFull = Warning("CW0407", "question {0}: the best possible answer only scores {1}% (weights never reach 100%)", "Make the positive weights of the right answers add up to 100%.");
    public static readonly DiagnosticDescriptor GiftBadWeight = Error("CW0408", "question {0}: weight '{1}' is not a percentage between -100 and 100; answer scored 0", "Write weights like '%50%', '%-33.33333%' or '%100%'.");
    public static readonly DiagnosticDescriptor GiftTooFewChoices = Error("CW0409", "question {0}: a choice question needs at least two answers; question left out", "Add answers marked '~' (wrong) or '=' (right).");
    public static readonly DiagnosticDescriptor GiftMatchingWithoutArrow = Error("CW0410", "question {0}: matching pair '{1}' has no '->'; question left out", "Write each pair as '=left -> right'.");
    public static readonly DiagnosticDescriptor GiftMatchingTooFewPairs = Error("CW0411", "question {0}: a matching question needs at least two pairs (it has {1}); question left out", "Add pairs written '=left -> right'.");
    public static readonly DiagnosticDescriptor GiftBadNumber = Error("CW0412", "question {0}: '{1}' is not a number; question left out", "Write numbers with a '.' decimal point, e.g. '{#3.14:0.01}' or '{#1..5}'.");
    public static readonly DiagnosticDescriptor GiftBadTolerance = Error("CW0413", "question {0}: tolerance '{1}' is not a positive number; question left out", "Write the margin after ':' as a number, e.g. '{#3:0.5}'.");
    public static readonly DiagnosticDescriptor GiftBadRange = Error("CW0414", "question {0}: range '{1}' has its minimum above its maximum; question left out", "Write ranges as '{#min..max}'.");
    public static readonly DiagnosticDescriptor GiftWeightAfterEquals = Warning("CW0415", "question {0}: weight after '=' in a choice question is ignored; '=' already means 100%", "Use '~%50%' for a partly right answer.");
    public static readonly DiagnosticDescriptor GiftEmptyAnswer = Error("CW0416", "question {0}: an answer is empty; question left out", "Write the answer text after '=' or '~', or remove the marker (escape a literal one as '\\=' '\\~').");
    public static readonly DiagnosticDescriptor GiftEmptyStem = Warning("CW0417", "question {0} has no question text", "Write the question before the answer block.");
    public static readonly DiagnosticDescriptor GiftDuplicateTitle = Warning("CW0418", "question title '{0}' is used twice in this quiz; its id gets the suffix '{1}'", "Give each question of a quiz its own title.");
    public static readonly DiagnosticDescriptor GiftEmptyCategory = Warning("CW0419", "empty $CATEGORY: line; questions that follow have no category", "Write the category name after '$CATEGORY:'.");
    public static readonly DiagnosticDescriptor GiftTrueFalseExtraFeedback = Warning("CW0420", "question {0}: a true-false question has two feedbacks at most ('#if wrong#if right'); the rest is kept in the second", "Escape a literal '#' as '\\#'.");
    public static readonly DiagnosticDescriptor GiftNumericalOtherText = Warning("CW0421", "question {0}: '{1}' after '~' in a numerical question is not read; only the feedback after '#' is kept", "Write the feedback for other answers as '~#feedback', or the answer as '=%0%value'.");
    public static readonly DiagnosticDescriptor QuizEmpty = Warning("CW0430", "quiz {0} has no question", "Write GIFT questions in the ```gift block, or remove it.");
    public static readonly DiagnosticDescriptor QuizBadOption = Error("CW0431", "quiz option {0}={1} is invalid: {2}; the default is used", "Fix the value on the ```gift fence line or in the page front matter 'quiz:' mapping.");
    public static readonly DiagnosticDescriptor QuizUnknownOption = Warning("CW0432", "unknown quiz option '{0}'; known options: title, pass, shuffle, attempts, id", "Remove the option or fix its name.");
    public static readonly DiagnosticDescriptor QuizFrontMatterNotMapping = Warning("CW0433", "front matter key 'quiz' should be a mapping (title, pass, shuffle, attempts)", "Write 'quiz:' followed by indented 'pass: 80' style lines.");
    public static readonly DiagnosticDescriptor QuizExportNothing = Info("CW0440", "the course has no quiz; no GIFT file written", "Add ```gift blocks to pages.");
    public static readonly DiagnosticDescriptor QuizExportGradeNotInMoodle = Warning("CW0442", "question {0}: weight {1}% is not one of Moodle's grades; Moodle's import refuses it unless 'Match grades' is set to 'Nearest grade'", "Use a Moodle grade (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 or their negatives).");
    public static readonly DiagnosticDescriptor QuizExportLossy = Warning("CW0441", "question {0}: {1}; Moodle will not read it back exactly", "Rephrase the text.");
}
