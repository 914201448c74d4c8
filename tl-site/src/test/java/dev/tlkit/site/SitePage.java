package dev.tlkit.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A page of a written site, parsed. */
final class SitePage {
  private SitePage() {}

  static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
