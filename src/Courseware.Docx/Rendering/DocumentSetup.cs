using Courseware.Docx.Media;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Packaging;
using Courseware.Docx.Styling;
using Courseware.Export;
using Courseware.Model;
using DocumentFormat.OpenXml.Packaging;

namespace Courseware.Docx.Rendering;

/// <summary>What every renderer of one document shares: the course, the edition, and the parts being filled.</summary>
internal sealed record DocumentSetup(
    Course Course,
    ExportContext Context,
    Edition Edition,
    DocxLabels Labels,
    StyleSheet Styles,
    NumberingBuilder Numbering,
    MediaStore Media,
    BookmarkIndex Bookmarks,
    MainDocumentPart Main,
    BodySpool Footnotes,
    long TextWidthEmu,
    long TextHeightEmu);
