using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Courseware.Diagnostics;
using Courseware.Model;
using Courseware.Quizzes;

namespace Courseware.Cli;

/// <summary>The course model as JSON, in the documented shape (see README, "inspect --json").</summary>
public static class CourseJson
{
    public static string Write(Course course)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", course.Title);
            json.WriteString("language", course.Language);
            json.WriteString("description", course.Description);
            json.WriteString("id", course.Id);
            json.WriteString("slug", course.Slug);
            json.WriteString("root", course.Root.Path);
            json.WriteStartArray("pages");
            foreach (var page in course.Pages)
            {
                WritePage(json, page);
            }

            json.WriteEndArray();
            json.WriteStartArray("assets");
            foreach (var asset in course.Assets)
            {
                json.WriteStartObject();
                json.WriteString("key", asset.Key);
                json.WriteString("kind", asset.Kind == AssetKind.Image ? "image" : "file");
                json.WriteBoolean("remote", asset.IsRemote);
                if (asset.Size is { } size)
                {
                    json.WriteNumber("size", size);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in course.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteString("file", d.Location.File);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePage(Utf8JsonWriter json, Page page)
    {
        json.WriteStartObject();
        json.WriteString("path", page.Path);
        json.WriteString("title", page.Title);
        if (page.NavigationTitle is not null)
        {
            json.WriteString("tocTitle", page.NavigationTitle);
        }

        if (page.Part is not null)
        {
            json.WriteString("part", page.Part);
        }

        json.WriteString("number", page.Number);
        json.WriteNumber("depth", page.Depth);
        json.WriteString("parent", page.Parent?.Path);
        json.WriteString("description", page.Description);
        json.WriteStartArray("children");
        foreach (var child in page.Children)
        {
            json.WriteStringValue(child.Path);
        }

        json.WriteEndArray();
        json.WriteStartArray("headings");
        foreach (var h in page.Headings)
        {
            json.WriteStartObject();
            json.WriteNumber("level", h.Level);
            json.WriteString("text", h.Text);
            json.WriteString("id", h.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("assets");
        foreach (var asset in page.Assets)
        {
            json.WriteStringValue(asset.Key);
        }

        json.WriteEndArray();
        json.WriteStartArray("quizzes");
        foreach (var quiz in page.Quizzes)
        {
            WriteQuiz(json, quiz);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteQuiz(Utf8JsonWriter json, Quiz quiz)
    {
        json.WriteStartObject();
        json.WriteString("id", quiz.Id);
        json.WriteString("title", quiz.Title);
        json.WriteNumber("passPercent", quiz.PassPercent);
        json.WriteBoolean("shuffle", quiz.Shuffle);
        if (quiz.Attempts is { } attempts)
        {
            json.WriteNumber("attempts", attempts);
        }
        else
        {
            json.WriteNull("attempts");
        }

        json.WriteStartArray("questions");
        foreach (var q in quiz.Questions)
        {
            WriteQuestion(json, q);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteQuestion(Utf8JsonWriter json, Question q)
    {
        json.WriteStartObject();
        json.WriteString("id", q.Id);
        json.WriteString("title", q.Title);
        json.WriteString("type", TypeName(q.Type));
        if (q.MissingWord)
        {
            json.WriteBoolean("missingWord", true);
        }

        json.WriteString("stem", q.StemPlain);
        if (q.Category is not null)
        {
            json.WriteString("category", q.Category);
        }

        if (q.Choices.Count > 0)
        {
            json.WriteStartArray("choices");
            foreach (var c in q.Choices)
            {
                json.WriteStartObject();
                json.WriteString("text", c.Text.Text);
                json.WriteNumber("fraction", Math.Round(c.Fraction, 6));
                json.WriteString("feedback", c.Feedback?.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (q.Correct is { } correct)
        {
            json.WriteBoolean("correct", correct);
        }

        if (q.Pairs.Count > 0)
        {
            json.WriteStartArray("pairs");
            foreach (var p in q.Pairs)
            {
                json.WriteStartObject();
                json.WriteString("left", p.Left.Text);
                json.WriteString("right", p.Right);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (q.Numeric.Count > 0)
        {
            json.WriteStartArray("numeric");
            foreach (var n in q.Numeric)
            {
                json.WriteStartObject();
                if (n.Min is { } min && n.Max is { } max)
                {
                    json.WriteNumber("min", min);
                    json.WriteNumber("max", max);
                }
                else
                {
                    json.WriteNumber("value", n.Value ?? 0);
                    json.WriteNumber("tolerance", n.Tolerance);
                }

                json.WriteNumber("fraction", Math.Round(n.Fraction, 6));
                json.WriteString("feedback", n.Feedback?.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("generalFeedback", q.GeneralFeedback?.Text);
        json.WriteString("file", q.Location.File);
        json.WriteNumber("line", q.Location.Line);
        json.WriteEndObject();
    }

    private static string TypeName(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "single-choice",
        QuestionType.MultipleChoice => "multiple-choice",
        QuestionType.TrueFalse => "true-false",
        QuestionType.ShortAnswer => "short-answer",
        QuestionType.Numerical => "numerical",
        QuestionType.Matching => "matching",
        QuestionType.Essay => "essay",
        _ => "description",
    };

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
