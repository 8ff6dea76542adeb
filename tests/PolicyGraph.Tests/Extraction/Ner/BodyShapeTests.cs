using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class BodyShapeTests
{
    [Theory]
    [InlineData("政府", true)]
    [InlineData("各级党委和政府", true)]
    [InlineData("县级人民政府", true)]
    [InlineData("公安机关", true)]
    [InlineData("公安部", false)]
    [InlineData("国务院", false)]
    [InlineData("天津市人民政府", false)]
    public void Generic_body_words_name_no_body(string name, bool generic) => Assert.Equal(generic, BodyShape.IsGeneric(name));

    [Theory]
    [InlineData("国政府", true)]
    [InlineData("期军队", true)]
    [InlineData("美国政府", false)]
    public void A_generic_word_after_a_stray_character_is_a_piece(string name, bool piece) => Assert.Equal(piece, BodyShape.IsGenericPiece(name));

    [Theory]
    [InlineData("美军", true)]
    [InlineData("央行", true)]
    [InlineData("FBI", true)]
    [InlineData("俄罗斯外交", false)]
    [InlineData("中华人民共和国国旗", false)]
    public void A_body_name_ends_with_a_head(string name, bool head) => Assert.Equal(head, BodyShape.HasHead(name));
}
