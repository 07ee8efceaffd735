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
}
