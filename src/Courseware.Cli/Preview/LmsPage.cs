using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Courseware.Cli.Preview;

/// <summary>The test LMS page: the course in a frame, the organization tree, the data model and the log of SCORM calls, in French or English.</summary>
internal static class LmsPage
{
    /// <summary>The page's words in the course language: French for "fr…", English otherwise.</summary>
    public static IReadOnlyDictionary<string, string> Strings(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    private static readonly SortedDictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["title"] = "Aperçu LMS",
        ["version"] = "Version SCORM",
        ["reset"] = "Réinitialiser",
        ["build"] = "Version n°",
        ["tree"] = "Organisation",
        ["model"] = "Modèle de données",
        ["interactions"] = "Interactions",
        ["noInteractions"] = "Aucune interaction enregistrée.",
        ["all"] = "Toutes les valeurs",
        ["calls"] = "Appels SCORM",
        ["function"] = "Fonction",
        ["arguments"] = "Arguments",
        ["result"] = "Retour",
        ["error"] = "Erreur",
        ["element"] = "Élément",
        ["value"] = "Valeur",
        ["id"] = "Identifiant",
        ["type"] = "Type",
        ["response"] = "Réponse",
        ["outcome"] = "Résultat",
        ["weighting"] = "Poids",
        ["latency"] = "Durée",
        ["pattern"] = "Réponse attendue",
        ["noSco"] = "Aucun SCO lancé",
        ["learnerName"] = "Apprenant, Test",
        ["frame"] = "Le cours",
        ["hint"] = "Ce que le LMS enregistrera, avant tout dépôt. Rien n’est envoyé hors de cet ordinateur.",
    };

    private static readonly SortedDictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["title"] = "LMS preview",
        ["version"] = "SCORM version",
        ["reset"] = "Reset",
        ["build"] = "Build",
        ["tree"] = "Organization",
        ["model"] = "Data model",
        ["interactions"] = "Interactions",
        ["noInteractions"] = "No interaction recorded.",
        ["all"] = "All values",
        ["calls"] = "SCORM calls",
        ["function"] = "Function",
        ["arguments"] = "Arguments",
        ["result"] = "Returned",
        ["error"] = "Error",
        ["element"] = "Element",
        ["value"] = "Value",
        ["id"] = "Id",
        ["type"] = "Type",
        ["response"] = "Response",
        ["outcome"] = "Result",
        ["weighting"] = "Weight",
        ["latency"] = "Latency",
        ["pattern"] = "Correct response",
        ["noSco"] = "No SCO launched",
        ["learnerName"] = "Learner, Test",
        ["frame"] = "The course",
        ["hint"] = "What the LMS will record, before you upload. Nothing leaves this computer.",
    };

    public static string Render(string courseTitle, string language, string version, int build)
    {
        var t = Strings(language);
        string S(string key) => Escape(t[key]);
        var config = JsonSerializer.Serialize(
            new { strings = t, version, build },
            new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        var lang = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        string Selected(string v) => v == version ? " selected" : string.Empty;
        return $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{S("title")}} – {{Escape(courseTitle)}}</title>
            <link rel="stylesheet" href="/lms.css">
            </head>
            <body>
            <header class="cw-bar">
              <h1>{{S("title")}} – {{Escape(courseTitle)}}</h1>
              <label>{{S("version")}}
                <select id="cw-version">
                  <option value="12"{{Selected("12")}}>SCORM 1.2</option>
                  <option value="2004"{{Selected("2004")}}>SCORM 2004</option>
                </select>
              </label>
              <button type="button" id="cw-reset">{{S("reset")}}</button>
              <span id="cw-build">{{S("build")}} {{build}}</span>
              <p class="cw-hint">{{S("hint")}}</p>
            </header>
            <main class="cw-layout">
              <iframe id="cw-course" name="course" title="{{S("frame")}}"></iframe>
              <aside class="cw-panel">
                <section>
                  <h2>{{S("tree")}}</h2>
                  <ul id="cw-tree"></ul>
                </section>
                <section>
                  <h2>{{S("model")}}: <span id="cw-sco-title"></span></h2>
                  <table id="cw-model"><thead><tr><th scope="col">{{S("element")}}</th><th scope="col">{{S("value")}}</th></tr></thead><tbody></tbody></table>
                  <h3>{{S("interactions")}}</h3>
                  <p id="cw-interactions-empty">{{S("noInteractions")}}</p>
                  <div class="cw-scroll"><table id="cw-interactions"><thead><tr><th scope="col">#</th><th scope="col">{{S("id")}}</th><th scope="col">{{S("type")}}</th><th scope="col">{{S("response")}}</th><th scope="col">{{S("outcome")}}</th><th scope="col">{{S("weighting")}}</th><th scope="col">{{S("latency")}}</th><th scope="col">{{S("pattern")}}</th></tr></thead><tbody></tbody></table></div>
                  <details><summary>{{S("all")}}</summary><pre id="cw-all"></pre></details>
                </section>
                <section>
                  <h2>{{S("calls")}} (<span id="cw-call-count">0</span>)</h2>
                  <div id="cw-calls-box" class="cw-scroll cw-calls"><table id="cw-calls"><thead><tr><th scope="col">#</th><th scope="col">{{S("function")}}</th><th scope="col">{{S("arguments")}}</th><th scope="col">{{S("result")}}</th><th scope="col">{{S("error")}}</th></tr></thead><tbody></tbody></table></div>
                </section>
              </aside>
            </main>
            <script>window.CW_PREVIEW = {{config}};</script>
            <script src="/lms.js"></script>
            </body>
            </html>
            """;
    }

    /// <summary>Escapes the five HTML-special characters and drops control characters; other characters stay as they are (the page is UTF-8).</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' => result.Append("&quot;"),
                '\'' => result.Append("&#39;"),
                _ when char.IsControl(c) => result,
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    public const string Css = """
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1d2433; background: #f4f5f7; height: 100vh; display: flex; flex-direction: column; }
        .cw-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .5rem 1rem; background: #1d3557; color: #fff; }
        .cw-bar h1 { font-size: 1.05rem; margin: 0; flex: 1 1 auto; }
        .cw-bar select, .cw-bar button { font: inherit; padding: .2rem .6rem; }
        .cw-hint { flex-basis: 100%; margin: 0; font-size: .85rem; opacity: .85; }
        .cw-layout { flex: 1; display: flex; min-height: 0; }
        #cw-course { flex: 3 1 0; border: 0; background: #fff; min-width: 0; }
        .cw-panel { flex: 2 1 0; overflow: auto; padding: .5rem 1rem; border-left: 1px solid #c9ced6; max-width: 44rem; }
        .cw-panel h2 { font-size: 1rem; margin: .8rem 0 .4rem; }
        .cw-panel h3 { font-size: .9rem; margin: .6rem 0 .3rem; }
        #cw-tree { list-style: none; margin: 0; padding: 0; }
        #cw-tree button { font: inherit; background: none; border: 0; color: #1d4ed8; text-decoration: underline; cursor: pointer; padding: .1rem 0; text-align: left; }
        #cw-tree button[aria-current] { font-weight: bold; color: #1d2433; text-decoration: none; }
        .cw-status { margin-left: .5rem; font-size: .8rem; color: #555; }
        table { border-collapse: collapse; width: 100%; font-size: .8rem; background: #fff; }
        th, td { border: 1px solid #d5d9e0; padding: .15rem .35rem; text-align: left; vertical-align: top; word-break: break-word; }
        thead th { background: #e8ebf0; }
        #cw-model th { font-family: ui-monospace, monospace; font-weight: normal; width: 45%; }
        .cw-scroll { overflow: auto; }
        .cw-calls { max-height: 22rem; font-family: ui-monospace, monospace; }
        #cw-calls td:nth-child(1), #cw-calls td:nth-child(2), #cw-calls td:nth-child(4), #cw-calls td:nth-child(5) { white-space: nowrap; word-break: normal; }
        tr.cw-error td { background: #fde8e8; color: #8a1111; }
        pre { font-size: .75rem; white-space: pre-wrap; word-break: break-all; background: #fff; padding: .4rem; }
        """;
}
