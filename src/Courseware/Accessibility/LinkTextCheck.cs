using System.Globalization;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Loading;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Accessibility;

/// <summary>
/// CW0803 a link without text, CW0804 a link whose whole text says nothing of its target ("ici", "click here") (RGAA 6.1, 6.2).
/// A link holding an image is left to the image check: its alt text is its name.
/// </summary>
internal sealed class LinkTextCheck : ContentCheck
{
    /// <summary>
    /// Link texts that name no target, compared after lower-casing, removing accents and every character that is not a letter
    /// or a digit (so "Cliquez ici !" and "→ ici" match "cliquez ici" and "ici").
    /// </summary>
    public static readonly IReadOnlySet<string> NonDescriptive = new SortedSet<string>(StringComparer.Ordinal)
    {
        // French ("En savoir +" and "+ d'infos" lose their "+")
        "ici", "la", "cliquez ici", "cliquer ici", "clique ici", "clic ici", "cliquez", "cliquer", "cliquez la", "lien", "ce lien", "le lien",
        "lien ici", "en savoir plus", "en savoir", "pour en savoir plus", "savoir plus", "d infos", "infos", "plus d info", "plus", "plus d infos", "plus d informations", "lire la suite",
        "la suite", "suite", "lire plus", "voir", "voir ici", "voir plus", "voir le lien", "cette page", "page", "ce site", "acceder",
        "consulter", "telecharger",

        // English
        "here", "click here", "click", "click this", "link", "this link", "the link", "here link", "read more", "more", "learn more",
        "more info", "more information", "see more", "see here", "this page", "this site", "website", "go", "download",
    };

    public override void Visit(MarkdownObject node, AccessibilityContext context)
    {
        if (node is not LinkInline { IsImage: false } link || HasImage(link))
        {
            return;
        }

        var text = PageText.Of(link);
        if (text.Length == 0)
        {
            context.Report(DiagnosticCodes.LinkWithoutText, node, link.Url ?? string.Empty);
        }
        else if (NonDescriptive.Contains(Normalise(text)))
        {
            context.Report(DiagnosticCodes.LinkTextNotDescriptive, node, text);
        }
    }

    /// <summary>Lower case, accents removed, only letters and digits kept, separated by single spaces.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static bool HasImage(ContainerInline container)
    {
        for (var inline = PageText.Next(container, container); inline is not null; inline = PageText.Next(inline, container))
        {
            if (inline is LinkInline { IsImage: true })
            {
                return true;
            }
        }

        return false;
    }
}
