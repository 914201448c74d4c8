package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Doc;
import dev.tlkit.schema.Location;

/** TDLib's {@code //@class Name @description text}: the documentation of the boxed type {@code Name}. */
public record ClassDocElement(Location location, String typeName, Doc doc) {

  public String toTl() {
    return "//@class " + typeName + " @description " + doc.description();
  }
}
