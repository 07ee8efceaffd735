using System.Globalization;
using System.Text;
using System.Xml;
using Courseware.Export;
using Courseware.Model;

namespace Courseware.Scorm.Packaging;

/// <summary>Writes <c>imsmanifest.xml</c> for SCORM 1.2 or 2004 4th edition: the page tree as the organization, one resource per SCO, one shared asset resource.</summary>
public static class ManifestWriter
{
    private const string Cp12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private const string Adlcp12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private const string Cp2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private const string Adlcp2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    private const string Adlseq = "http://www.adlnet.org/xsd/adlseq_v1p3";
    private const string Adlnav = "http://www.adlnet.org/xsd/adlnav_v1p3";
    private const string Imsss = "http://www.imsglobal.org/xsd/imsss";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <param name="layout">Ids and files of the pages.</param>
    /// <param name="sharedFiles">Package paths of the files all SCOs share.</param>
    /// <param name="passPercent">Pass mark of a SCO (a page, or the whole course in the single layout); null when it has no quiz.</param>
    public static byte[] Write(PackageLayout layout, IReadOnlyList<string> sharedFiles, Func<Page?, double?> passPercent)
    {
        var is12 = layout.Version == ScormVersion.Scorm12;
        var cp = is12 ? Cp12 : Cp2004;
        var adlcp = is12 ? Adlcp12 : Adlcp2004;
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            // 1. Root, namespaces and schema locations.
            w.WriteStartDocument();
            w.WriteStartElement("manifest", cp);
            w.WriteAttributeString("identifier", layout.ManifestId);
            w.WriteAttributeString("version", "1.0");
            w.WriteAttributeString("xmlns", "adlcp", null, adlcp);
            if (!is12)
            {
                w.WriteAttributeString("xmlns", "adlseq", null, Adlseq);
                w.WriteAttributeString("xmlns", "adlnav", null, Adlnav);
                w.WriteAttributeString("xmlns", "imsss", null, Imsss);
            }

            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            w.WriteAttributeString("schemaLocation", Xsi, is12
                ? $"{Cp12} imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd {Adlcp12} adlcp_rootv1p2.xsd"
                : $"{Cp2004} imscp_v1p1.xsd {Adlcp2004} adlcp_v1p3.xsd {Adlseq} adlseq_v1p3.xsd {Adlnav} adlnav_v1p3.xsd {Imsss} imsss_v1p0.xsd");

            // 2. Metadata.
            w.WriteStartElement("metadata", cp);
            w.WriteElementString("schema", cp, "ADL SCORM");
            w.WriteElementString("schemaversion", cp, is12 ? "1.2" : "2004 4th Edition");
            w.WriteEndElement();

            // 3. Organization: the page tree (or one item for the single-SCO layout).
            w.WriteStartElement("organizations", cp);
            w.WriteAttributeString("default", layout.OrganizationId);
            w.WriteStartElement("organization", cp);
            w.WriteAttributeString("identifier", layout.OrganizationId);
            w.WriteElementString("title", cp, Title(layout.Course.Title));
            if (layout.Sco == ScoLayout.Single)
            {
                WriteLeafItem(w, layout, cp, adlcp, layout.SingleItemId, layout.SingleResourceId, layout.Course.Title, passPercent(null));
            }
            else
            {
                // The LMS menu is this tree: the SUMMARY.md titles, and each part a cluster (a label, not launchable) holding its pages.
                foreach (var part in TocPart.Group([layout.Course.Root, .. layout.Course.Root.Children]))
                {
                    var pages = part.Pages.Where(layout.Contains).ToList();
                    if (pages.Count == 0)
                    {
                        continue;
                    }

                    if (part.Title is not null)
                    {
                        w.WriteStartElement("item", cp);
                        w.WriteAttributeString("identifier", "PART-" + layout[pages[0]].ItemId["ITEM-".Length..]);
                        w.WriteElementString("title", cp, Title(part.Title));
                    }

                    foreach (var page in pages)
                    {
                        WritePageItem(w, layout, cp, adlcp, page, passPercent);
                    }

                    if (part.Title is not null)
                    {
                        if (!is12)
                        {
                            WriteControlMode(w);
                        }

                        w.WriteEndElement();
                    }
                }
            }

            if (!is12)
            {
                WriteControlMode(w);
            }

            w.WriteEndElement();
            w.WriteEndElement();

            // 4. Resources: one per SCO, then the shared assets.
            w.WriteStartElement("resources", cp);
            if (layout.Sco == ScoLayout.Single)
            {
                WriteScoResource(w, layout, cp, adlcp, layout.SingleResourceId, PackageLayout.SingleScoFile);
            }
            else
            {
                foreach (var page in layout.Course.Pages.Where(layout.Contains))
                {
                    WriteScoResource(w, layout, cp, adlcp, layout[page].ResourceId, layout[page].File);
                }
            }

            w.WriteStartElement("resource", cp);
            w.WriteAttributeString("identifier", layout.SharedResourceId);
            w.WriteAttributeString("type", "webcontent");
            w.WriteAttributeString(is12 ? "scormtype" : "scormType", adlcp, "asset");
            foreach (var file in sharedFiles.Order(StringComparer.Ordinal))
            {
                WriteFile(w, cp, file);
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WritePageItem(XmlWriter w, PackageLayout layout, string cp, string adlcp, Page page, Func<Page?, double?> passPercent)
    {
        var slot = layout[page];
        var children = page == layout.Course.Root ? [] : page.Children.Where(layout.Contains).ToList();
        if (children.Count == 0)
        {
            WriteLeafItem(w, layout, cp, adlcp, slot.ItemId, slot.ResourceId, page.TocTitle, passPercent(page));
            return;
        }

        // SCORM 2004 forbids items that both launch content and hold children: a page with children becomes a
        // cluster whose first item is the page itself. The same shape is used for 1.2 so LMSs show one tree.
        w.WriteStartElement("item", cp);
        w.WriteAttributeString("identifier", slot.ClusterId);
        w.WriteElementString("title", cp, Title(page.TocTitle));
        WriteLeafItem(w, layout, cp, adlcp, slot.ItemId, slot.ResourceId, page.TocTitle, passPercent(page));
        foreach (var child in children)
        {
            WritePageItem(w, layout, cp, adlcp, child, passPercent);
        }

        if (layout.Version == ScormVersion.Scorm2004)
        {
            WriteControlMode(w);
        }

        w.WriteEndElement();
    }

    private static void WriteLeafItem(XmlWriter w, PackageLayout layout, string cp, string adlcp, string itemId, string resourceId, string title, double? pass)
    {
        w.WriteStartElement("item", cp);
        w.WriteAttributeString("identifier", itemId);
        w.WriteAttributeString("identifierref", resourceId);
        w.WriteElementString("title", cp, Title(title));
        if (pass is { } percent)
        {
            if (layout.Version == ScormVersion.Scorm12)
            {
                w.WriteElementString("masteryscore", adlcp, Number(Math.Clamp(percent, 0, 100)));
            }
            else
            {
                w.WriteStartElement("sequencing", Imsss);
                w.WriteStartElement("objectives", Imsss);
                w.WriteStartElement("primaryObjective", Imsss);
                w.WriteAttributeString("objectiveID", "PRIMARYOBJ");
                w.WriteAttributeString("satisfiedByMeasure", "true");
                w.WriteElementString("minNormalizedMeasure", Imsss, Number(Math.Clamp(percent, 0, 100) / 100));
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
    }

    private static void WriteControlMode(XmlWriter w)
    {
        w.WriteStartElement("sequencing", Imsss);
        w.WriteStartElement("controlMode", Imsss);
        w.WriteAttributeString("choice", "true");
        w.WriteAttributeString("flow", "true");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteScoResource(XmlWriter w, PackageLayout layout, string cp, string adlcp, string id, string file)
    {
        w.WriteStartElement("resource", cp);
        w.WriteAttributeString("identifier", id);
        w.WriteAttributeString("type", "webcontent");
        w.WriteAttributeString(layout.Version == ScormVersion.Scorm12 ? "scormtype" : "scormType", adlcp, "sco");
        w.WriteAttributeString("href", file);
        WriteFile(w, cp, file);
        w.WriteStartElement("dependency", cp);
        w.WriteAttributeString("identifierref", layout.SharedResourceId);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteFile(XmlWriter w, string cp, string path)
    {
        w.WriteStartElement("file", cp);
        w.WriteAttributeString("href", path);
        w.WriteEndElement();
    }

    private static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML cannot hold (control characters, lone surrogates).</summary>
    /// <summary>The SPM of a title in both versions (and the schema's limit in SCORM 1.2).</summary>
    private const int MaxTitleLength = 200;

    /// <summary>A title for the manifest: cleaned, and shortened with an ellipsis to the 200 characters LMSs must keep.</summary>
    internal static string Title(string text)
    {
        var clean = Clean(text);
        if (clean.Length <= MaxTitleLength)
        {
            return clean;
        }

        var cut = MaxTitleLength - 1;
        if (char.IsLowSurrogate(clean[cut]))
        {
            cut--; // never split a character written as a surrogate pair
        }

        return clean[..cut].TrimEnd() + "\u2026";
    }

    internal static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' ? true : !char.IsControl(c) && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
            {
                sb.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
            }
        }

        return sb.ToString().Trim();
    }
}
