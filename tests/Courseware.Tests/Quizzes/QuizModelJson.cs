using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Courseware.Diagnostics;
using Courseware.Quizzes;

namespace Courseware.Tests.Quizzes;

/// <summary>The expected-model form of the GIFT corpus: questions and diagnostics as indented JSON, empty members left out.</summary>
internal static class QuizModelJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Questions and diagnostics; <paramref name="withIdentity"/> false leaves out ids and locations (for round-trip comparison).</summary>
    public static string Write(IReadOnlyList<Question> questions, IReadOnlyList<Diagnostic> diagnostics, bool withIdentity = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("questions");
            foreach (var q in questions)
            {
                WriteQuestion(w, q, withIdentity);
            }

            w.WriteEndArray();
            if (diagnostics.Count > 0)
            {
                w.WriteStartArray("diagnostics");
                foreach (var d in diagnostics)
                {
                    w.WriteStringValue(d.ToMsBuildString());
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteQuestion(Utf8JsonWriter w, Question q, bool withIdentity)
    {
        w.WriteStartObject();
        if (withIdentity)
        {
            w.WriteString("id", q.Id);
            w.WriteString("location", q.Location.ToString());
        }

        if (q.Title is not null)
        {
            w.WriteString("title", q.Title);
        }

        w.WriteString("type", q.Type.ToName());
        if (q.Category is not null)
        {
            w.WriteString("category", q.Category);
        }

        if (q.MissingWord)
        {
            w.WriteBoolean("missingWord", true);
        }

        Text(w, "stem", q.Stem);
        if (q.MissingWord)
        {
            Text(w, "stemAfter", q.StemAfter);
        }

        w.WriteString("stemPlain", q.StemPlain);
        if (q.Choices.Count > 0)
        {
            w.WriteStartArray("choices");
            foreach (var c in q.Choices)
            {
                w.WriteStartObject();
                Text(w, "text", c.Text);
                Number(w, "fraction", c.Fraction);
                Text(w, "feedback", c.Feedback);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (q.Correct is not null)
        {
            w.WriteBoolean("correct", q.Correct.Value);
        }

        Text(w, "feedbackWrong", q.FeedbackWrong);
        Text(w, "feedbackRight", q.FeedbackRight);
        if (q.Pairs.Count > 0)
        {
            w.WriteStartArray("pairs");
            foreach (var p in q.Pairs)
            {
                w.WriteStartObject();
                Text(w, "left", p.Left);
                w.WriteString("right", p.Right);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (q.Numeric.Count > 0)
        {
            w.WriteStartArray("numeric");
            foreach (var n in q.Numeric)
            {
                w.WriteStartObject();
                if (n.Value is not null)
                {
                    Number(w, "value", n.Value.Value);
                    Number(w, "tolerance", n.Tolerance);
                }

                if (n.Min is not null)
                {
                    Number(w, "min", n.Min.Value);
                    Number(w, "max", n.Max!.Value);
                }

                Number(w, "fraction", n.Fraction);
                Text(w, "feedback", n.Feedback);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Text(w, "otherFeedback", q.OtherFeedback);
        Text(w, "generalFeedback", q.GeneralFeedback);
        w.WriteEndObject();
    }

    /// <summary>A text as a string when its format is Moodle's default, else as { format, text }.</summary>
    private static void Text(Utf8JsonWriter w, string name, QuizText? text)
    {
        if (text is null)
        {
            return;
        }

        if (text.Format == TextFormat.Moodle)
        {
            w.WriteString(name, text.Text);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("format", text.Format.ToName());
        w.WriteString("text", text.Text);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture));
    }
}
