package dev.tlkit.codegen.examples;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.examples.ExampleValue.BoolValue;
import dev.tlkit.codegen.examples.ExampleValue.BytesValue;
import dev.tlkit.codegen.examples.ExampleValue.DoubleValue;
import dev.tlkit.codegen.examples.ExampleValue.FieldValue;
import dev.tlkit.codegen.examples.ExampleValue.IntValue;
import dev.tlkit.codegen.examples.ExampleValue.ListValue;
import dev.tlkit.codegen.examples.ExampleValue.LongValue;
import dev.tlkit.codegen.examples.ExampleValue.ObjectValue;
import dev.tlkit.codegen.examples.ExampleValue.TextValue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes an example as the Java a user writes: builders with one setter a line, nested objects
 * indented, in a method body whose file imports the generated package, {@code dev.tlkit.runtime.*}
 * and {@code java.util.*}. A generated class named like a class of {@code java.lang} or
 * {@code java.util} ({@code Error}) would be ambiguous there, so it is written qualified.
 */
final class ExampleJava {
  private ExampleJava() {}

  private static final String INDENT = "    ";

  /**
   * Simple names of {@code java.lang} and {@code java.util} classes, a fixed list so that the
   * text does not depend on the JDK that writes it.
   */
  static final Set<String> AMBIGUOUS = Set.of(
      "Appendable", "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class",
      "ClassLoader", "ClassValue", "Cloneable", "Comparable", "Compiler", "Deprecated", "Double",
      "Enum", "Error", "Exception", "Float", "FunctionalInterface", "Integer", "Iterable", "Long",
      "Math", "Module", "ModuleLayer", "Number", "Object", "Override", "Package", "Process",
      "ProcessBuilder", "ProcessHandle", "Readable", "Record", "Runnable", "Runtime",
      "RuntimePermission", "SafeVarargs", "SecurityManager", "Short", "StackTraceElement",
      "StackWalker", "StrictMath", "String", "StringBuffer", "StringBuilder", "SuppressWarnings",
      "System", "Thread", "ThreadGroup", "ThreadLocal", "Throwable", "Void",
      "AbstractCollection", "AbstractList", "AbstractMap", "AbstractQueue", "AbstractSet",
      "ArrayDeque", "ArrayList", "Arrays", "Base64", "BitSet", "Calendar", "Collection",
      "Collections", "Comparator", "Currency", "Date", "Deque", "Dictionary", "EnumMap", "EnumSet",
      "Enumeration", "EventListener", "EventObject", "Formattable", "Formatter", "HashMap",
      "HashSet", "Hashtable", "HexFormat", "IdentityHashMap", "Iterator", "LinkedHashMap",
      "LinkedHashSet", "LinkedList", "List", "ListIterator", "Locale", "Map", "NavigableMap",
      "NavigableSet", "Objects", "Observable", "Observer", "Optional", "OptionalDouble",
      "OptionalInt", "OptionalLong", "PrimitiveIterator", "PriorityQueue", "Properties",
      "PropertyPermission", "Queue", "Random", "RandomAccess", "ResourceBundle", "Scanner",
      "ServiceLoader", "SimpleTimeZone", "SortedMap", "SortedSet", "Spliterator", "Spliterators",
      "SplittableRandom", "Stack", "StringJoiner", "StringTokenizer", "Timer", "TimerTask",
      "TimeZone", "TreeMap", "TreeSet", "UUID", "Vector", "WeakHashMap",
      "TlBytes", "TlObject", "TlFunction", "TlReader", "TlWriter", "TlList", "TlDecodeException",
      "TlRecord", "TlTree", "TlJson", "TlIds", "TlSizes", "RpcException", "RpcErrorInfo");

  /** The statement that declares {@code variable} as {@code value}, and the one that encodes it. */
  static String statements(ObjectValue value, String variable) {
    StringBuilder sb = new StringBuilder();
    sb.append(declaredType(value)).append(' ').append(variable).append(" = ");
    expression(value, "", sb);
    sb.append(";\n");
    sb.append("byte[] bytes = ").append(variable).append(".toBytes();\n");
    return sb.toString();
  }

  private static String declaredType(ObjectValue v) {
    String name = className(v.record().className());
    return v.typeArguments().isEmpty() ? name : name + "<" + String.join(", ", v.typeArguments()) + ">";
  }

  private static void expression(ExampleValue value, String indent, StringBuilder sb) {
    if (value instanceof IntValue i) {
      sb.append(i.value());
    } else if (value instanceof LongValue l) {
      sb.append(l.value()).append('L');
    } else if (value instanceof DoubleValue d) {
      sb.append(d.value());
    } else if (value instanceof BoolValue b) {
      sb.append(b.value());
    } else if (value instanceof TextValue t) {
      sb.append(literal(t.value()));
    } else if (value instanceof BytesValue b) {
      sb.append(className(ClassName.get("dev.tlkit.runtime", "TlBytes")))
          .append(".ofHex(\"").append(b.hex()).append("\")");
    } else if (value instanceof ListValue l) {
      sb.append("List.of(");
      for (int i = 0; i < l.elements().size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        expression(l.elements().get(i), indent, sb);
      }
      sb.append(')');
    } else if (value instanceof ObjectValue o) {
      String name = className(o.record().className());
      if (!o.record().hasBuilder()) {
        // No builder: the constructor takes the one component, if there is one.
        sb.append("new ").append(name).append(o.typeArguments().isEmpty() ? "" : "<>").append('(');
        for (JavaField c : o.record().components()) {
          FieldValue set = o.fields().stream()
              .filter(f -> f.setter().equals(c.name())).findFirst().orElse(null);
          if (set != null) {
            expression(set.value(), indent, sb);
          } else {
            sb.append(c.isTrueFlag() ? "false" : c.isDataNat() ? "0" : "null");
          }
        }
        sb.append(')');
        return;
      }
      sb.append(name).append('.');
      if (!o.typeArguments().isEmpty()) {
        sb.append('<').append(String.join(", ", o.typeArguments())).append('>');
      }
      sb.append("builder()");
      String inner = indent + INDENT;
      for (FieldValue f : o.fields()) {
        sb.append('\n').append(inner).append('.').append(f.setter()).append('(');
        expression(f.value(), inner, sb);
        sb.append(')');
      }
      sb.append('\n').append(inner).append(".build()");
    }
  }

  /** A Java type as the example's file writes it: simple names, qualified where ambiguous. */
  static String typeText(TypeName t) {
    if (t instanceof ClassName c) {
      return className(c);
    }
    if (t instanceof ParameterizedTypeName p) {
      return className(p.rawType()) + p.typeArguments().stream().map(ExampleJava::typeText)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (t instanceof TypeVariableName v) {
      return v.name();
    }
    if (t instanceof ArrayTypeName a) {
      return typeText(a.componentType()) + "[]";
    }
    if (t instanceof WildcardTypeName) {
      return "?";
    }
    return t.toString();
  }

  private static String className(ClassName c) {
    String pkg = c.packageName();
    boolean imported = pkg.equals("java.util") || pkg.equals("java.lang") || pkg.equals("dev.tlkit.runtime");
    if (imported || !AMBIGUOUS.contains(c.simpleName())) {
      return String.join(".", c.simpleNames());
    }
    return c.canonicalName();
  }

  /** A Java string literal. */
  static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
