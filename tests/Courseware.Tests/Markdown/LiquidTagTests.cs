using Courseware.Markdown.GitBook;
using Markdig.Helpers;
using Xunit;

namespace Courseware.Tests.Markdown;

public sealed class LiquidTagTests
{
    private static LiquidTag Parse(string line)
    {
        Assert.True(LiquidTag.TryParse(new StringSlice(line), out var tag), $"not a tag: {line}");
        return tag;
    }

    [Fact]
    public void Reads_double_single_and_unquoted_values_in_source_order()
    {
        var tag = Parse("{% hint style=\"warning\" icon='bell' size=big %}");

        Assert.Equal("hint", tag.Name);
        Assert.False(tag.IsEnd);
        Assert.Equal(["style", "icon", "size"], tag.Attributes.Keys);
        Assert.Equal(["warning", "bell", "big"], tag.Attributes.Values);
        Assert.Empty(tag.UnterminatedAttributes);
    }

    [Fact]
    public void Reads_a_positional_quoted_string()
    {
        var tag = Parse("  {% include \"../.gitbook/includes/a b.md\" %}  ");

        Assert.Equal("include", tag.Name);
        Assert.Equal(["../.gitbook/includes/a b.md"], tag.Positional);
    }

    [Fact]
    public void A_missing_closing_quote_reads_the_value_up_to_the_tag_end()
    {
        var tag = Parse("{% embed url=\"https://youtu.be/x %}");

        Assert.Equal("https://youtu.be/x", tag.Attributes["url"]);
        Assert.Equal(["url"], tag.UnterminatedAttributes);
    }

    [Fact]
    public void Values_keep_spaces_and_equal_signs_inside_quotes()
    {
        var tag = Parse("{% file src=\".gitbook/assets/a (1).pdf\" caption=\"x = y\" %}");

        Assert.Equal(".gitbook/assets/a (1).pdf", tag.Attributes["src"]);
        Assert.Equal("x = y", tag.Attributes["caption"]);
    }

    [Fact]
    public void Attribute_names_compare_case_insensitively()
    {
        var tag = Parse("{% code lineNumbers=\"true\" %}");

        Assert.Equal("true", tag.Attributes["linenumbers"]);
    }

    [Fact]
    public void End_tags_and_trim_markers_are_recognised()
    {
        var end = Parse("{%- endcontent-ref -%}");

        Assert.True(end.IsEnd);
        Assert.Equal("content-ref", end.Name);
    }

    [Theory]
    [InlineData("{% hint %} text after")]
    [InlineData("text {% hint %}")]
    [InlineData("{{ variable }}")]
    [InlineData("{% %}")]
    [InlineData("{%")]
    [InlineData("\\{% hint %}")]
    public void Rejects_lines_that_are_not_a_lone_tag(string line)
    {
        Assert.False(LiquidTag.TryParse(new StringSlice(line), out _));
    }

    [Theory]
    [InlineData("{% hint style=\"info\" %}", "hint", false, true)]
    [InlineData("  {%- HINT -%}  ", "hint", false, true)]
    [InlineData("{% endhint %}", "hint", true, true)]
    [InlineData("{% endhint %}", "hint", false, false)]
    [InlineData("{% hint %}", "hint", true, false)]
    [InlineData("{% hints %}", "hint", false, false)]
    [InlineData("{% content-ref url=\"a.md\" %}", "content-ref", false, true)]
    [InlineData("{% endcontent-ref %}", "content-ref", true, true)]
    [InlineData("{% tab title=\"A\" %}", "tabs", false, false)]
    [InlineData("{% hint", "hint", false, false)]
    [InlineData("texte {% hint %}", "hint", false, false)]
    public void Names_tells_a_tag_by_its_name_as_reading_it_would(string line, string name, bool isEnd, bool expected)
    {
        Assert.Equal(expected, LiquidTag.Names(new StringSlice(line), name, isEnd));

        // Whenever a full read would take the line as this tag, the quick check does too.
        var read = LiquidTag.TryParse(new StringSlice(line), out var tag) && tag.Name == name && tag.IsEnd == isEnd;
        Assert.Equal(read, expected);
    }

    [Fact]
    public void A_tag_closed_on_the_same_line_keeps_its_attributes_and_marks_its_body()
    {
        const string line = "{% swagger-parameter in=\"path\" name=\"id\" %} The id {% endswagger-parameter %}";
        var tag = Parse(line);

        Assert.Equal("swagger-parameter", tag.Name);
        Assert.True(tag.IsClosedOnSameLine);
        Assert.Equal(["in", "name"], tag.Attributes.Keys);
        Assert.Equal(["path", "id"], tag.Attributes.Values);
        Assert.Equal("The id", line.Substring(tag.SameLineBody.Start, tag.SameLineBody.Length));
    }

    [Fact]
    public void A_same_line_end_tag_of_another_name_is_not_a_close()
    {
        var tag = Parse("{% embed url=\"a\" %}{% endfile %}");

        Assert.False(tag.IsClosedOnSameLine);
        var quoted = Parse("{% openapi src=\"a %} b\" %}{% endopenapi %}");
        Assert.True(quoted.IsClosedOnSameLine);
        Assert.Equal("a %} b", quoted.Attributes["src"]);
        Assert.Equal(0, quoted.SameLineBody.Length);
    }
}
