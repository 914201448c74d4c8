package dev.tlkit.codegen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docs markup into Javadoc, plain text and Markdown, on the kinds of text the Telegram docs hold. */
class DocTextTest {
  static final Map<String, String> CLASSES = Map.of("user", "User", "phone.requestCall", "PhoneRequestCall");

  static String javadoc(String text) {
    return DocText.javadoc(text, CLASSES::get);
  }

  @Test
  void keepsInlineTagsAndAbsoluteLinks() {
    assertEquals("<strong>access_hash</strong> from <a href=\"https://core.telegram.org/api/min\">min</a>",
        javadoc("<strong>access_hash</strong> from <a href=\"https://core.telegram.org/api/min\">min</a>"));
    assertEquals("see <a href=\"https://telegram.org/x\">x</a>", javadoc("see <a href=\"//telegram.org/x\">x</a>"));
    assertEquals("an anchor", javadoc("an <a href=\"#anchor\">anchor</a>"));
  }

  @Test
  void referencesBecomeLinksOrCode() {
    assertEquals("from the {@link User} constructor, see {@link PhoneRequestCall}, not {@code nope}",
        javadoc("from the {@tl user} constructor, see {@tl phone.requestCall}, not {@tl nope}"));
    assertEquals(List.of("user", "nope"), DocText.references("{@tl user} and {@tl nope}"));
  }

  @Test
  void escapesWhatWouldBreakJavadoc() {
    assertEquals("<code>end_minute &lt; start_minute</code>", javadoc("<code>end_minute < start_minute</code>"));
    assertEquals("Preformatted (<code>&lt;pre&gt;</code> text)", javadoc("Preformatted (<code><pre></code> text)"));
    assertEquals("a *&#47; b &#64;param c &#92;u0041", javadoc("a */ b @param c \\u0041"));
    assertEquals("sponsored messages &amp;raquo", javadoc("sponsored messages &amp;raquo"));
    assertEquals("x &amp;bogus; y \u00bb", javadoc("x &bogus; y &raquo;"));
    assertEquals("a &gt; b", javadoc("a > b"));
    assertEquals("(time() &lt;&lt; 32)", javadoc("(time() << 32)"));
  }

  @Test
  void balancesTags() {
    assertEquals("<b>bold <i>both</i></b> tail", javadoc("<b>bold <i>both</b> tail"));
    assertEquals("open <code>never closed</code>", javadoc("open <code>never closed"));
    assertEquals("stray &lt;/em&gt; close", javadoc("stray </em> close"));
    assertEquals("a<br>b", javadoc("a<br>b"));
    assertEquals("a<br>b", javadoc("a<br/>b"));
  }

  @Test
  void imagesAreTheirAltText() {
    assertEquals("The emoji, for now \uD83C\uDFC0 or \uD83C\uDFB2",
        javadoc("The emoji, for now <img class=\"emoji\" src=\"//telegram.org/a.png\" width=\"20\" alt=\"\uD83C\uDFC0\"> or "
            + "<img class=\"emoji\" alt=\"\uD83C\uDFB2\">"));
  }

  @Test
  void blankLinesAreParagraphs() {
    assertEquals("One.\n<p>Two.", javadoc("One.\n\nTwo."));
    assertEquals("One.\nstill one.", javadoc("One.\nstill one."));
  }

  @Test
  void plainText() {
    assertEquals("Start a call, see here \u00bb for more; a < b & c user",
        DocText.plain("Start a call, see <a href=\"https://x\">here &raquo;</a> for more; a &lt; b &amp; c {@tl user}"));
    assertEquals("Preformatted (<pre> text)", DocText.plain("Preformatted (<code><pre></code> text)"));
  }

  @Test
  void textForATerminalKeepsWhereEachLinkLeads() {
    assertEquals("Start a call, see here \u00bb (https://core.telegram.org/api/calls) for more; <b> user",
        DocText.text("Start a call, see <a href=\"https://core.telegram.org/api/calls\">here &raquo;</a> "
            + "for more; &lt;b&gt; {@tl user}"));
    // A link that shows its address is written once; a link we cannot keep (a relative one) is text.
    assertEquals("See https://t.me/x or the FAQ.",
        DocText.text("See <a href=\"https://t.me/x\">https://t.me/x</a> or <a href=\"/faq\">the FAQ</a>."));
    assertEquals("Two (mailto:a@b) links (https://x/y)",
        DocText.text("<a href='mailto:a@b'>Two</a> <b><a href=//x/y>links</a></b>"));
  }

  @Test
  void markdown() {
    assertEquals("Start a call, see [here \u00bb](https://x/a%29) **now**, `code\\_x` `user`",
        DocText.markdown("Start a call, see <a href=\"https://x/a)\">here &raquo;</a> <b>now</b>, <code>code_x</code> {@tl user}"));
    assertEquals("a \\| b<br>c", DocText.markdown("a | b<br>c"));
  }

  @Test
  void plainTextInBecomesDocsText() {
    String tdlib = "Returns a < b & c, see {@link x}";
    assertEquals("Returns a < b & c, see {@link x}", DocText.plain(DocText.ofPlain(tdlib)));
    assertEquals("Returns a &lt; b &amp; c, see {&#64;link x}", javadoc(DocText.ofPlain(tdlib)));
  }

  @Test
  void htmlForPagesKeepsTheSameTagsAndNothingElse() {
    Map<String, String> pages = Map.of("user", "../constructor/user.html");
    assertEquals("<strong>x</strong> of <a href=\"../constructor/user.html\"><code>user</code></a>,"
            + " not <code>nope</code>, <a href=\"https://telegram.org/x\">x</a>",
        DocText.html("<strong>x</strong> of {@tl user}, not {@tl nope}, <a href=\"//telegram.org/x\">x</a>",
            pages::get));
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <b>a</b>",
        DocText.html("<script>alert(1)</script> <b onclick=\"x()\">a", pages::get));
    assertEquals("a\n<p>b<br>c &amp; @d", DocText.html("a\n\nb<br>c & @d", pages::get));
    assertEquals("click", DocText.html("<a href=\"javascript:alert(1)\">click</a>", pages::get));
  }
}
