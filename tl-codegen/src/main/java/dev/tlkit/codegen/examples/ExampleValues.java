package dev.tlkit.codegen.examples;

import com.palantir.javapoet.TypeName;
import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.examples.ExampleValue.BoolValue;
import dev.tlkit.codegen.examples.ExampleValue.BytesValue;
import dev.tlkit.codegen.examples.ExampleValue.DoubleValue;
import dev.tlkit.codegen.examples.ExampleValue.FieldValue;
import dev.tlkit.codegen.examples.ExampleValue.IntValue;
import dev.tlkit.codegen.examples.ExampleValue.ListValue;
import dev.tlkit.codegen.examples.ExampleValue.LongValue;
import dev.tlkit.codegen.examples.ExampleValue.ObjectValue;
import dev.tlkit.codegen.examples.ExampleValue.TextValue;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeParameter;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the values of examples as a user would write them: by the field's name and type
 * ({@code limit} a count, {@code date} a Unix time, {@code peer} an {@code inputPeerUser} with an
 * id and access hash, {@code message} a short text, {@code random_id} a random-looking number),
 * the same values for the same schema every time.
 *
 * <p>The example's own object has every field set. Objects inside it have their required fields
 * set, and from {@link #DEEP} levels down the constructor that ends soonest is taken and vectors
 * are empty, so that recursive types ({@code Message} inside {@code MessageReplies} ...) end.
 */
final class ExampleValues {
  /** From this depth, the cheapest constructor and empty vectors. */
  static final int DEEP = 3;
  /** A constructor that takes at most this many objects is small enough to show deep down. */
  static final int SMALL = 6;
  /** 2026-01-01T00:00:00Z: the base of every date. */
  static final int UNIX_TIME = 1767225600;

  private final JavaModel model;
  private final Schema schema;
  private final Map<String, Integer> typeCost = new HashMap<>();
  private final Map<String, Integer> constructorCost = new HashMap<>();

  ExampleValues(JavaModel model) {
    this.model = model;
    this.schema = model.schema();
    computeCosts();
  }

  /** The example's own object: every field set. */
  ObjectValue top(JavaRecord record) {
    return object(record, 0, record.definition().name());
  }

  private ObjectValue object(JavaRecord record, int depth, String path) {
    Combinator c = record.definition();
    List<FieldValue> fields = new ArrayList<>();
    Map<String, String> typeArguments = new HashMap<>();
    for (int i = 0; i < c.parameters().size(); i++) {
      Parameter p = c.parameters().get(i);
      Optional<JavaField> component = record.components().stream()
          .filter(k -> k.tlName().equals(p.name())).findFirst();
      if (component.isEmpty()) {
        continue; // computed: flags and lengths
      }
      if (depth > 0 && p.isOptional()) {
        continue;
      }
      ExampleValue v = p.isTrueFlag()
          ? new BoolValue(true)
          : value(p.name(), p.type(), depth, path + "." + p.name());
      if (p.type() instanceof TypeRef.Var var && var.bang() && v instanceof ObjectValue fn) {
        model.record(fn.record().definition()).resultType()
            .ifPresent(t -> typeArguments.put(var.name(), ExampleJava.typeText(t)));
      }
      fields.add(new FieldValue(p, component.get().name(), v));
    }
    List<String> args = new ArrayList<>();
    for (TypeParameter t : c.typeParameters()) {
      if (t.kind().equals("Type")) {
        args.add(typeArguments.getOrDefault(t.name(), "TlObject"));
      }
    }
    return new ObjectValue(record, args, fields);
  }

  private ExampleValue value(String name, TypeRef ref, int depth, String path) {
    if (ref instanceof TypeRef.Nat) {
      return new IntValue(intValue(name, path));
    }
    if (ref instanceof TypeRef.Var v) {
      return v.bang() ? object(simplestFunction(), depth + 1, path) : object(simplestConstructor(), depth + 1, path);
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    TypeRef.Target target = n.target();
    if (target instanceof TypeRef.Target.Scalar s) {
      return builtin(name, s.builtin(), path);
    }
    if (target instanceof TypeRef.Target.Vector) {
      if (depth + 1 >= DEEP) {
        return new ListValue(List.of());
      }
      TypeRef element = n.args().get(0);
      List<ExampleValue> elements = new ArrayList<>();
      int count = isNumber(element) ? 2 : 1;
      for (int i = 0; i < count; i++) {
        elements.add(value(singular(name), element, depth, path + "[" + i + "]"));
      }
      return new ListValue(elements);
    }
    if (target instanceof TypeRef.Target.Boxed b) {
      return object(model.record(choose(schema.type(b.typeKey()).orElseThrow(), depth)),
          depth + 1, path);
    }
    if (target instanceof TypeRef.Target.Bare b) {
      Combinator k = schema.constructorByKey(b.constructorKey()).orElseThrow();
      if (k.isBuiltin()) {
        return new BytesValue(hex(WireShape.of(schema, ref).fixedSize(), path));
      }
      return object(model.record(k), depth + 1, path);
    }
    return object(simplestConstructor(), depth + 1, path);
  }

  private static boolean isNumber(TypeRef ref) {
    return ref instanceof TypeRef.Named n && n.target() instanceof TypeRef.Target.Scalar s
        && (s.builtin() == Builtin.INT || s.builtin() == Builtin.LONG || s.builtin() == Builtin.INT53);
  }

  private ExampleValue builtin(String name, Builtin b, String path) {
    return switch (b) {
      case INT -> new IntValue(intValue(name, path));
      case LONG, INT53 -> new LongValue(longValue(name, path));
      case DOUBLE -> new DoubleValue(doubleValue(name, path));
      case STRING -> new TextValue(name.toLowerCase(Locale.ROOT).contains("hash") && !TEXTS.containsKey(name)
          ? hex(16, path) : text(name));
      case BYTES -> new BytesValue(hex(bytesLength(name), path));
      case INT128 -> new BytesValue(hex(16, path));
      case INT256 -> new BytesValue(hex(32, path));
      case BOOL, TRUE -> new BoolValue(true);
    };
  }

  /** The constructor of a type that an example of {@code type} shows: a real one, not {@code *Empty}. */
  private Combinator choose(TlType type, int depth) {
    List<Combinator> all = type.constructors().stream().filter(k -> !k.isBuiltin()).toList();
    if (depth + 1 >= DEEP) {
      // Deep down, a small real constructor if there is one, else the one that ends soonest.
      return all.stream().filter(k -> !isPlaceholder(k) && constructorCost.get(k.key()) <= SMALL)
          .min(Comparator.comparingInt(k -> constructorCost.get(k.key())))
          .orElseGet(() -> all.stream().min(Comparator.comparingInt((Combinator k) -> constructorCost.get(k.key()))
              .thenComparing(k -> k.name().endsWith("Empty") ? 1 : 0)).orElseThrow());
    }
    String simple = type.simpleName();
    String ns = type.namespace().isEmpty() ? "" : type.namespace() + ".";
    String own = ns + Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    for (String preferred : List.of(own, own + "User")) {
      for (Combinator k : all) {
        if (k.name().equals(preferred)) {
          return k;
        }
      }
    }
    return all.stream()
        .filter(k -> !isPlaceholder(k))
        .filter(k -> constructorCost.get(k.key()) < Integer.MAX_VALUE)
        .findFirst()
        .orElse(all.get(0));
  }

  /** {@code messageMediaEmpty}, {@code messageEntityUnknown}, {@code pageBlockUnsupported}: not what a user builds. */
  private static boolean isPlaceholder(Combinator k) {
    return k.name().endsWith("Empty") || k.name().endsWith("Unknown") || k.name().endsWith("Unsupported");
  }

  /** A constructor for {@code Object} and {@code X}: one without fields if there is one. */
  private JavaRecord simplestConstructor() {
    return model.records().stream()
        .filter(r -> !r.definition().isFunction() && r.typeVariables().isEmpty())
        .min(Comparator.comparingInt((JavaRecord r) -> constructorCost.get(r.definition().key()))
            .thenComparing(r -> r.definition().name().endsWith("Empty") ? 1 : 0))
        .orElseThrow(() -> new IllegalStateException("the schema has no constructor"));
  }

  /** A function for {@code !X}: {@code help.getConfig} where there is one, else one without parameters. */
  private JavaRecord simplestFunction() {
    return model.records().stream()
        .filter(r -> r.definition().isFunction() && r.typeVariables().isEmpty())
        .min(Comparator.comparingInt((JavaRecord r) -> r.definition().name().equals("help.getConfig") ? 0 : 1)
            .thenComparingInt(r -> constructorCost.get(r.definition().key())))
        .orElseThrow(() -> new IllegalStateException("the schema has no function"));
  }

  /**
   * How many objects, at least, a value of each constructor and type takes with its required
   * fields only and vectors empty; {@link Integer#MAX_VALUE} for one that never ends.
   */
  private void computeCosts() {
    List<Combinator> all = new ArrayList<>(schema.constructors());
    all.addAll(schema.functions());
    all.removeIf(Combinator::isBuiltin);
    all.forEach(k -> constructorCost.put(k.key(), Integer.MAX_VALUE));
    schema.types().forEach(t -> typeCost.put(t.key(), Integer.MAX_VALUE));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Combinator k : all) {
        long cost = 1;
        for (Parameter p : k.parameters()) {
          if (!p.isOptional()) {
            cost += cost(p.type());
          }
        }
        int c = (int) Math.min(cost, Integer.MAX_VALUE);
        if (c < constructorCost.get(k.key())) {
          constructorCost.put(k.key(), c);
          changed = true;
        }
      }
      for (TlType t : schema.types()) {
        int c = t.constructors().stream().filter(k -> !k.isBuiltin())
            .mapToInt(k -> constructorCost.get(k.key())).min().orElse(Integer.MAX_VALUE);
        if (c < typeCost.get(t.key())) {
          typeCost.put(t.key(), c);
          changed = true;
        }
      }
    }
  }

  private long cost(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      TypeRef.Target target = n.target();
      if (target instanceof TypeRef.Target.Boxed b) {
        return typeCost.getOrDefault(b.typeKey(), Integer.MAX_VALUE);
      }
      if (target instanceof TypeRef.Target.Bare b) {
        return constructorCost.getOrDefault(b.constructorKey(), 0);
      }
      return target instanceof TypeRef.Target.AnyObject ? 1 : 0;
    }
    return ref instanceof TypeRef.Var ? 1 : 0;
  }

  // Values by name. Each rule says what a user would put there; the fallback is a
  // random-looking number of the path, the same every run.

  private int intValue(String name, String path) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("limit") || n.endsWith("_limit")) {
      return 50;
    }
    if (n.equals("offset") || n.equals("add_offset") || n.equals("offset_rate")) {
      return 0;
    }
    if (isDate(n)) {
      return UNIX_TIME + (int) Math.floorMod(seed(path), 86_400L);
    }
    if (n.equals("layer") || n.endsWith("_layer")) {
      return schema.layer().orElse(1);
    }
    if (n.equals("dc_id") || n.equals("dc")) {
      return 2;
    }
    if (n.contains("count") || n.equals("total")) {
      return 3;
    }
    if (n.equals("random_id") || n.contains("hash") || n.equals("secret") || n.contains("fingerprint")) {
      return (int) seed(path);
    }
    if (n.equals("api_id")) {
      return 2040;
    }
    if (n.equals("duration") || n.equals("timeout") || n.equals("seconds")) {
      return 30;
    }
    if (n.contains("period") || n.equals("ttl")) {
      return 86_400;
    }
    if (n.equals("w") || n.equals("width")) {
      return 1280;
    }
    if (n.equals("h") || n.equals("height")) {
      return 720;
    }
    if (n.equals("port")) {
      return 443;
    }
    if (n.equals("size") || n.endsWith("_size")) {
      return 524_288;
    }
    if (n.equals("pts") || n.equals("qts") || n.equals("seq") || n.contains("version")) {
      return 4096 + (int) Math.floorMod(seed(path), 1000L);
    }
    if (n.equals("months")) {
      return 3;
    }
    if (n.equals("days")) {
      return 7;
    }
    if (n.equals("id") || n.endsWith("_id") || n.endsWith("_msg_id")) {
      return 10_000 + (int) Math.floorMod(seed(path), 90_000L);
    }
    return 1 + (int) Math.floorMod(seed(path), 100L);
  }

  private long longValue(String name, String path) {
    String n = name.toLowerCase(Locale.ROOT);
    if (isDate(n)) {
      return UNIX_TIME + Math.floorMod(seed(path), 86_400L);
    }
    if (n.equals("random_id") || n.contains("hash") || n.equals("secret") || n.contains("fingerprint")
        || n.contains("key") || n.equals("nonce")) {
      return seed(path);
    }
    if (n.equals("id") || n.endsWith("_id") || n.endsWith("id")) {
      return 1_000_000_000L + Math.floorMod(seed(path), 8_000_000_000L);
    }
    if (n.contains("amount") || n.contains("stars")) {
      return 100;
    }
    return 1 + Math.floorMod(seed(path), 10_000L);
  }

  private static double doubleValue(String name, String path) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("lat")) {
      return 52.5200;
    }
    if (n.equals("long") || n.equals("lon") || n.equals("lng")) {
      return 13.4050;
    }
    return 1.5;
  }

  private static boolean isDate(String n) {
    return n.equals("date") || n.endsWith("_date") || n.equals("expires") || n.endsWith("_at")
        || n.equals("until") || n.equals("time") || n.endsWith("_time") || n.startsWith("date_");
  }

  private static final Map<String, String> TEXTS = Map.ofEntries(
      Map.entry("message", "Hello from tlkit!"),
      Map.entry("text", "Hello from tlkit!"),
      Map.entry("caption", "Hello from tlkit!"),
      Map.entry("first_name", "Alice"),
      Map.entry("last_name", "Smith"),
      Map.entry("username", "alice"),
      Map.entry("phone", "+15551234567"),
      Map.entry("phone_number", "+15551234567"),
      Map.entry("title", "Weekend trip"),
      Map.entry("about", "Photos and plans for the weekend"),
      Map.entry("description", "Photos and plans for the weekend"),
      Map.entry("url", "https://example.com/"),
      Map.entry("link", "https://t.me/example"),
      Map.entry("lang_code", "en"),
      Map.entry("lang_pack", "android"),
      Map.entry("system_lang_code", "en-US"),
      Map.entry("emoticon", "\ud83d\udc4d"),
      Map.entry("q", "cats"),
      Map.entry("query", "cats"),
      Map.entry("slug", "tlkit"),
      Map.entry("email", "alice@example.com"),
      Map.entry("code", "12345"),
      Map.entry("phone_code", "12345"),
      Map.entry("phone_code_hash", "1c2d3e4f5a6b7c8d9e"),
      Map.entry("platform", "android"),
      Map.entry("device_model", "Pixel 8"),
      Map.entry("system_version", "Android 14"),
      Map.entry("app_version", "1.0.0"),
      Map.entry("mime_type", "image/jpeg"),
      Map.entry("file_name", "photo.jpg"),
      Map.entry("address", "1 Main Street"),
      Map.entry("currency", "USD"),
      Map.entry("name", "Alice"),
      Map.entry("hostname", "example.com"),
      Map.entry("ip_address", "149.154.167.51"),
      Map.entry("ip", "149.154.167.51"),
      Map.entry("country", "US"),
      Map.entry("country_code", "US"),
      Map.entry("iso2", "US"),
      Map.entry("provider", "foursquare"),
      Map.entry("venue_id", "4b0588b2f964a520c3d622e3"),
      Map.entry("venue_type", "food/cafe"),
      Map.entry("short_name", "tlkit_stickers"),
      Map.entry("hash", "a1b2c3d4e5f6"),
      Map.entry("bot_username", "examplebot"),
      Map.entry("start_param", "welcome"),
      Map.entry("library_version", "9.0.0"),
      Map.entry("version", "1.0.0"));

  private static String text(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String known = TEXTS.get(n);
    if (known != null) {
      return known;
    }
    if (n.endsWith("url")) {
      return "https://example.com/";
    }
    if (n.endsWith("_name")) {
      return "Alice";
    }
    if (n.endsWith("title")) {
      return "Weekend trip";
    }
    if (n.endsWith("text") || n.endsWith("message")) {
      return "Hello from tlkit!";
    }
    if (n.endsWith("emoticon") || n.endsWith("emoji")) {
      return "\ud83d\udc4d";
    }
    String words = n.replace('_', ' ').strip();
    return words.isEmpty() ? "example" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static int bytesLength(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("hash") || n.startsWith("g_") || n.contains("key") || n.contains("secret")) {
      return 32;
    }
    if (n.equals("file_reference") || n.equals("nonce")) {
      return 8;
    }
    return 16;
  }

  /** The element name of a vector: {@code id} for {@code id}, {@code user} for {@code users}. */
  private static String singular(String name) {
    if (name.endsWith("ies")) {
      return name.substring(0, name.length() - 3) + "y";
    }
    return name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
  }

  private static String hex(int length, String path) {
    StringBuilder sb = new StringBuilder();
    long s = seed(path);
    for (int i = 0; i < length; i++) {
      s = mix(s + i);
      sb.append(String.format("%02x", s & 0xff));
    }
    return sb.toString();
  }

  /** A random-looking number that depends only on {@code path}. */
  static long seed(String path) {
    long h = 1125899906842597L;
    for (int i = 0; i < path.length(); i++) {
      h = 31 * h + path.charAt(i);
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

}
