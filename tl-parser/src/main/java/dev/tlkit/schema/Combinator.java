package dev.tlkit.schema;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A linked TL definition: a constructor (from a {@code ---types---} section) or a function (from
 * {@code ---functions---}).
 *
 * @param name the full TL name as written: {@code phone.requestCall}, {@code p_q_inner_data}
 * @param scope "" for almost every definition; the schema file's name without extension
 *     ({@code mtproto}) for a definition whose name an earlier file already declared differently.
 *     Inside its own file the scoped definition is the one names refer to. See {@link #key()}.
 * @param kind constructor or function
 * @param id the id used on the wire: the explicit one if written, else the computed one
 * @param explicitId whether the schema wrote {@code #id}
 * @param computedId CRC32 of {@link #normalizedText()}
 * @param typeParameters {@code {X:Type}} declarations, in order
 * @param parameters the parameters in wire order, {@code #} fields included
 * @param resultType the type after {@code =}: a {@link TypeRef.Named} or, for generic functions, a
 *     {@link TypeRef.Var}
 * @param builtinBody for builtin declarations ({@code int ? = Int}, {@code int128 4*[ int ] =
 *     Int128}, {@code vector {t:Type} # [ t ] = Vector t}) their body ({@code ?}, {@code 4*[ int
 *     ]}, {@code # [ t ]}), else null. Builtins have no generated class.
 * @param doc TDLib-style doc comments, or {@link Doc#EMPTY}
 * @param location where the definition starts
 */
public record Combinator(
    String name,
    String scope,
    Kind kind,
    int id,
    boolean explicitId,
    int computedId,
    List<TypeParameter> typeParameters,
    List<Parameter> parameters,
    TypeRef resultType,
    BuiltinBody builtinBody,
    Doc doc,
    Location location) {

  /** Constructor or function. */
  public enum Kind {
    CONSTRUCTOR,
    FUNCTION
  }

  public Combinator {
    typeParameters = List.copyOf(typeParameters);
    parameters = List.copyOf(parameters);
  }

  /** The namespace: {@code phone} for {@code phone.requestCall}, "" for none. */
  public String namespace() {
    return Names.namespace(name);
  }

  /** The name without namespace: {@code requestCall}. */
  public String simpleName() {
    return Names.simpleName(name);
  }

  /** The unique key of this definition in its {@link Schema}: its name, or {@code scope:name}. */
  public String key() {
    return scope.isEmpty() ? name : scope + ":" + name;
  }

  public boolean isFunction() {
    return kind == Kind.FUNCTION;
  }

  public boolean isBuiltin() {
    return builtinBody != null;
  }

  private static final java.util.regex.Pattern MAY_BE_NULL =
      java.util.regex.Pattern.compile("\\bmay be null\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Whether the documentation says that {@code p} may be null, as TDLib's td_api.tl does in a
   * field's {@code //@} comment ("The animation; may be null"): an object field without a flag
   * that may be left out. A flag's field, a {@code #} and an undocumented field never are; what
   * the field's shape makes of it is {@link WireShape.Nullable}'s business.
   *
   * @param p one of this definition's parameters
   * @return true if its comment says "may be null"
   */
  public boolean mayBeNull(Parameter p) {
    return p.condition() == null && !p.isFlags() && MAY_BE_NULL.matcher(doc.param(p.name())).find();
  }

  /** The id as TL writes it: 8 lower-case hex digits. */
  public String idHex() {
    return String.format("%08x", id);
  }

  /**
   * The parameters that carry data: all but the {@code #} fields. {@code flags.N?true} bits are
   * included: each is a boolean of the object, although it takes no bytes of its own.
   */
  public List<Parameter> valueParameters() {
    return parameters.stream().filter(p -> !p.isFlags()).collect(Collectors.toList());
  }

  /** The text whose CRC32 is the computed id; see {@link ConstructorIds}. */
  public String normalizedText() {
    return ConstructorIds.normalize(this);
  }

  /** Canonical TL text, without the trailing semicolon: {@code name#id {X:Type} a:int = T}. */
  public String toTl() {
    return text(explicitId ? OptionalInt.of(id) : OptionalInt.empty(), parameters);
  }

  /**
   * The text of this definition through {@link CombinatorText}, with or without its id and with
   * the given parameters: {@link ConstructorIds} prints its normal form this way.
   */
  String text(OptionalInt shownId, List<Parameter> shownParameters) {
    List<String> resultArgs = List.of();
    String resultHead = resultType.toTl();
    if (resultType instanceof TypeRef.Named n && !n.args().isEmpty()) {
      resultHead = n.name();
      resultArgs = n.args().stream().map(TypeRef::toTl).toList();
    }
    return CombinatorText.format(name, shownId,
        typeParameters.stream().map(TypeParameter::toTl).toList(), builtinBody,
        shownParameters.stream().map(Parameter::toTl).toList(), resultHead, resultArgs);
  }

  /**
   * The result type as written after {@code =}: generic arguments of a result are written by
   * application ({@code Vector t}), not with angle brackets.
   */
  public String resultTypeTl() {
    if (resultType instanceof TypeRef.Named n && !n.args().isEmpty()) {
      return n.name() + " " + n.args().stream().map(TypeRef::toTl).collect(Collectors.joining(" "));
    }
    return resultType.toTl();
  }
}
