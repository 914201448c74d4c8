package dev.tlkit.codegen;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.WireShape;

/**
 * Writes the shape table of a schema ({@code tl-shapes.txt}, the format of the runtime's {@code
 * TlShapes}): one line per constructor and function with its id, name, type, Java class and fields,
 * and one per sealed interface. It is what reading JSON needs, kept out of the generated classes as
 * a resource so that they do not grow by a line; {@code tlc encode --schema} builds the same table
 * from any schema. Every decision in it (which {@code #} is a flags field, which {@code bytes:int}
 * is MTProto's length) is the model's, as for the generated code.
 */
public final class ShapeTable {
  /** The first line, as {@code TlShapes.HEADER} expects it. */
  static final String HEADER = "tlkit-shapes 1";

  private ShapeTable() {}

  /**
   * The table of a model's schema, in the model's order: the same schema gives the same text.
   *
   * @param model the schema as the generator sees it
   * @return the table's text
   */
  public static String of(JavaModel model) {
    Schema schema = model.schema();
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (JavaSealedInterface iface : model.sealedInterfaces()) {
      out.append("t ").append(iface.type().key()).append(' ')
          .append(iface.className().simpleName()).append('\n');
    }
    for (JavaRecord record : model.records()) {
      Combinator c = record.definition();
      out.append(c.isFunction() ? "f " : "c ").append(c.idHex()).append(' ').append(c.name())
          .append(' ').append(resultType(schema, c)).append(' ')
          .append(record.className().simpleName());
      for (JavaField f : record.fields()) {
        out.append(' ').append(f.tlName()).append(':');
        if (f.condition() != null) {
          out.append(f.condition().field()).append('.').append(f.condition().bit()).append('?');
        }
        out.append(switch (f.role()) {
          case FLAGS -> "#";
          case LENGTH -> "@length";
          // A # no flag refers to: visited only when not 0, so 0 when absent.
          default -> f.isDataNat() ? "nat" : type(f.wire());
        });
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String resultType(Schema schema, Combinator c) {
    if (!c.isFunction() && WireShape.of(schema, c.resultType()) instanceof WireShape.Boxed b) {
      return b.type().key();
    }
    // A function's result type is not read from JSON; kept for the reader of the table.
    return c.resultType().toTl();
  }

  private static String type(WireShape shape) {
    if (shape instanceof WireShape.Scalar s) {
      return switch (s.primitive()) {
        case INT -> "int";
        case LONG -> "long";
        case INT53 -> "int53";
        case DOUBLE -> "double";
        case BOOL -> "Bool";
      };
    }
    if (shape instanceof WireShape.Raw r) {
      return "raw" + r.width();
    }
    if (shape instanceof WireShape.LengthPrefixed p) {
      return p.text() ? "string" : "bytes";
    }
    if (shape instanceof WireShape.Vector v) {
      return (v.bare() ? "vector<" : "Vector<") + type(v.element()) + ">";
    }
    if (shape instanceof WireShape.Nullable n) {
      return "nullable<" + type(n.value()) + ">";
    }
    if (shape instanceof WireShape.Boxed b) {
      return b.type().key();
    }
    if (shape instanceof WireShape.Bare b) {
      return "%" + b.constructor().name();
    }
    if (shape instanceof WireShape.AnyFunction) {
      return "!X";
    }
    if (shape instanceof WireShape.Nothing) {
      return "true";
    }
    // AnyObject; LengthOfNext is the model's LENGTH role, written above.
    return "Object";
  }
}
