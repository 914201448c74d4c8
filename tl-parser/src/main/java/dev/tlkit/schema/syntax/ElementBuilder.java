package dev.tlkit.schema.syntax;

import dev.tlkit.schema.BuiltinBody;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Doc;
import dev.tlkit.schema.Location;
import dev.tlkit.schema.grammar.TlParser;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds syntax elements from ANTLR's parse tree, one typed {@code createX(XContext)} method per
 * rule. It also reports what the grammar lets through but is still malformed text: a bad
 * {@code #id}, a misspelt section header.
 *
 * <p>A definition in which ANTLR had to recover from an error, or which has a stray character
 * inside, is left out: its half-read content
 * would only cause follow-up errors. The exception is a missing closing token (';', '>', ')', '}',
 * ']') that ANTLR could insert: the definition is complete without it, and keeping it lets the
 * linker check the rest.
 */
final class ElementBuilder {
  private final String path;
  private final DocComments comments;
  private final SyntaxErrorListener errors;
  private final BitSet strayCharacters;
  private final Set<String> unparsedNames = new LinkedHashSet<>();

  /**
   * @param strayCharacters token indexes of characters the lexer kept from the parser: a
   *     definition with one inside was misread and is left out like one with a syntax error
   */
  ElementBuilder(String path, DocComments comments, SyntaxErrorListener errors,
      BitSet strayCharacters) {
    this.path = path;
    this.comments = comments;
    this.errors = errors;
    this.strayCharacters = strayCharacters;
  }

  TlFileElement createTlFile(TlParser.TlFileContext ctx) {
    List<CombinatorElement> definitions = new ArrayList<>();
    // A file starts in types mode.
    Combinator.Kind section = Combinator.Kind.CONSTRUCTOR;
    for (TlParser.ItemContext item : ctx.item()) {
      if (item.SECTION() != null) {
        section = createSection(item.SECTION().getSymbol(), section);
      } else if (item.definition() != null) {
        TlParser.DefinitionContext definition = item.definition();
        // Without any reported error there is nothing to look for (and the walk costs time).
        if (errors.count() > 0 && (hasSyntaxError(definition) || hasStrayCharacter(definition))) {
          recordUnparsed(definition);
        } else {
          definitions.add(createCombinator(definition, section));
        }
      }
    }
    return new TlFileElement(
        path, comments.layer(), definitions, comments.classDocs(), unparsedNames);
  }

  /** The section a header switches to; a misspelt header is an error and keeps the section. */
  Combinator.Kind createSection(Token header, Combinator.Kind current) {
    String words = header.getText().replaceAll("[\\s-]", "");
    boolean wellFormed = header.getText().matches("---\\s*[a-z]+\\s*---");
    if (wellFormed && words.equals("types")) {
      return Combinator.Kind.CONSTRUCTOR;
    }
    if (wellFormed && words.equals("functions")) {
      return Combinator.Kind.FUNCTION;
    }
    errors.error(location(header), "malformed section header '" + header.getText().strip()
        + "': expected '---types---' or '---functions---'");
    return current;
  }

  CombinatorElement createCombinator(TlParser.DefinitionContext ctx, Combinator.Kind kind) {
    List<TypeParameterElement> typeParameters = new ArrayList<>();
    for (TlParser.TypeParameterContext t : ctx.typeParameter()) {
      typeParameters.add(createTypeParameter(t));
    }
    List<ParameterElement> parameters = new ArrayList<>();
    for (TlParser.ParameterContext p : ctx.parameter()) {
      parameters.add(createParameter(p));
    }
    List<String> paramNames = parameters.stream().map(ParameterElement::name).toList();
    Doc doc = comments.docBefore(ctx.getStart(), paramNames);
    boolean allowIdMismatch = comments.allowsIdMismatch(ctx.getStart(), ctx.SEMI().getSymbol());
    return new CombinatorElement(
        location(ctx.name),
        ctx.name.getText(),
        kind,
        ctx.CONSTRUCTOR_ID() == null ? OptionalInt.empty() : createId(ctx.CONSTRUCTOR_ID().getSymbol()),
        typeParameters,
        parameters,
        ctx.builtinBody() != null ? createBuiltinBody(ctx.builtinBody())
            : isTdlibBuiltin(ctx, kind, parameters) ? new BuiltinBody.Scalar() : null,
        createResultType(ctx.resultType()),
        doc,
        allowIdMismatch);
  }

  /**
   * TDLib declares its scalars without TL's {@code ?}: {@code int32 = Int32;}, {@code int53 =
   * Int53;}, {@code int64 = Int64;}, {@code bytes = Bytes;} (td_api.tl). Written exactly so, with
   * no id, field or type parameter, they are builtin declarations, as {@code int32 ? = Int32;}
   * would be, not constructors of an empty record.
   */
  private static boolean isTdlibBuiltin(TlParser.DefinitionContext ctx, Combinator.Kind kind,
      List<ParameterElement> parameters) {
    String name = ctx.name.getText();
    return kind == Combinator.Kind.CONSTRUCTOR && TDLIB_SCALARS.contains(name)
        && ctx.CONSTRUCTOR_ID() == null && ctx.typeParameter().isEmpty() && parameters.isEmpty()
        && ctx.resultType().getText().equals(Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }

  private static final Set<String> TDLIB_SCALARS = Set.of("int32", "int53", "int64", "bytes");

  /** {@code #1cb5c415}: 1 to 8 hex digits. A bad id is reported and dropped. */
  OptionalInt createId(Token token) {
    String digits = token.getText().substring(1);
    if (digits.length() <= 8 && digits.chars().allMatch(ElementBuilder::isHexDigit)) {
      return OptionalInt.of(Integer.parseUnsignedInt(digits, 16));
    }
    errors.error(location(token), "invalid constructor id '" + token.getText()
        + "': expected '#' and 1 to 8 hex digits, as in '#1cb5c415'");
    return OptionalInt.empty();
  }

  TypeParameterElement createTypeParameter(TlParser.TypeParameterContext ctx) {
    return new TypeParameterElement(location(ctx.name), ctx.name.getText(), ctx.kind.getText());
  }

  /** The body of a builtin: {@code ?}, {@code 4*[ int ]} or {@code # [ t ]}. */
  BuiltinBody createBuiltinBody(TlParser.BuiltinBodyContext ctx) {
    if (ctx.QUESTION() != null) {
      return new BuiltinBody.Scalar();
    }
    String element = createType(ctx.typeExpr()).toTl();
    if (ctx.NAT() == null) {
      return new BuiltinBody.Counted(element);
    }
    String digits = ctx.NAT().getText();
    int count;
    try {
      count = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      errors.error(location(ctx.NAT().getSymbol()), "repeat count " + digits + " is too large");
      count = 0;
    }
    return new BuiltinBody.Repeated(count, element);
  }

  ParameterElement createParameter(TlParser.ParameterContext ctx) {
    FlagConditionElement condition =
        ctx.flagCondition() == null ? null : createFlagCondition(ctx.flagCondition());
    return new ParameterElement(
        location(ctx.name), ctx.name.getText(), condition, createType(ctx.typeExpr()));
  }

  FlagConditionElement createFlagCondition(TlParser.FlagConditionContext ctx) {
    String digits = ctx.bit.getText();
    // Too long for a long is certainly outside 0..31; the linker says so.
    long bit = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    return new FlagConditionElement(location(ctx.field), ctx.field.getText(), bit);
  }

  TypeElement createType(TlParser.TypeExprContext ctx) {
    Location location = location(ctx.getStart());
    if (ctx instanceof TlParser.NamedTypeContext named) {
      List<TypeElement> args = named.typeArguments() == null
          ? List.of() : createTypeArguments(named.typeArguments());
      return new TypeElement.Named(
          location, named.IDENT().getText(), named.PERCENT() != null, args);
    }
    if (ctx instanceof TlParser.ApplicationTypeContext application) {
      // `(vector bytes)` is `vector<bytes>` in other words.
      return new TypeElement.Named(location, application.IDENT().getText(), false,
          createTypes(application.typeExpr()));
    }
    if (ctx instanceof TlParser.BangTypeContext bang) {
      return new TypeElement.Bang(location, bang.IDENT().getText());
    }
    return new TypeElement.Nat(location);
  }

  List<TypeElement> createTypeArguments(TlParser.TypeArgumentsContext ctx) {
    return createTypes(ctx.typeExpr());
  }

  TypeElement createResultType(TlParser.ResultTypeContext ctx) {
    List<TypeElement> args = ctx.typeArguments() != null
        ? createTypeArguments(ctx.typeArguments())
        : createTypes(ctx.typeExpr());
    return new TypeElement.Named(
        location(ctx.IDENT().getSymbol()), ctx.IDENT().getText(), ctx.PERCENT() != null, args);
  }

  private List<TypeElement> createTypes(List<TlParser.TypeExprContext> contexts) {
    List<TypeElement> types = new ArrayList<>(contexts.size());
    for (TlParser.TypeExprContext c : contexts) {
      types.add(createType(c));
    }
    return types;
  }

  /** Remembers the names a broken definition would have declared. */
  private void recordUnparsed(TlParser.DefinitionContext ctx) {
    if (ctx.name != null && ctx.name.getTokenIndex() >= 0) {
      unparsedNames.add(ctx.name.getText());
    }
    TlParser.ResultTypeContext result = ctx.resultType();
    if (result != null && result.IDENT() != null && result.IDENT().getSymbol().getTokenIndex() >= 0) {
      unparsedNames.add(result.IDENT().getText());
    }
  }

  private boolean hasStrayCharacter(ParserRuleContext ctx) {
    int stray = strayCharacters.nextSetBit(ctx.getStart().getTokenIndex());
    return stray >= 0 && stray < ctx.getStop().getTokenIndex();
  }

  /**
   * Whether ANTLR recovered inside this subtree by anything but inserting a missing closing token.
   */
  private static boolean hasSyntaxError(ParseTree tree) {
    if (tree instanceof ErrorNode) {
      return true;
    }
    if (tree instanceof TerminalNode terminal) {
      Token token = terminal.getSymbol();
      return token.getTokenIndex() < 0
          && (token.getType() == TlParser.IDENT || token.getType() == TlParser.NAT);
    }
    if (tree instanceof ParserRuleContext ctx && ctx.exception != null) {
      return true;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      if (hasSyntaxError(tree.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHexDigit(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private Location location(Token token) {
    return Location.of(path, token.getLine(), token.getCharPositionInLine() + 1);
  }
}
