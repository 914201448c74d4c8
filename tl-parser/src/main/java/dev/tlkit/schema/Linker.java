package dev.tlkit.schema;

import dev.tlkit.schema.syntax.ClassDocElement;
import dev.tlkit.schema.syntax.CombinatorElement;
import dev.tlkit.schema.syntax.ParameterElement;
import dev.tlkit.schema.syntax.TlFileElement;
import dev.tlkit.schema.syntax.TlFileParser;
import dev.tlkit.schema.syntax.TypeElement;
import dev.tlkit.schema.syntax.TypeParameterElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns parsed files into one linked {@link Schema}: declares every definition, resolves every
 * type reference (see {@link TypeResolver}), checks flags and ids, and groups constructors into
 * boxed types. Every problem of every file is collected; if there is any error, one
 * {@link SchemaException} lists them all.
 *
 * <h2>Several files, one schema</h2>
 *
 * Files are linked together, in the order given. A definition whose name (among constructors, or
 * among functions) an earlier file already declares is handled by its text:
 *
 * <ul>
 *   <li>the same canonical text: the same definition, merged silently and counted once;
 *   <li>a different text: a separate, <em>scoped</em> definition. Its scope is the later file's
 *       base name without extension, its key {@code scope:name}; the boxed types its constructors
 *       produce are scoped in the same way. Inside that file, names resolve to the file's scoped
 *       definitions first, then to global ones; other files never see them. A warning names both
 *       locations.
 * </ul>
 *
 * Telegram's {@code api.tl} and {@code mtproto.tl} need this: both define {@code message}, the
 * first as a chat message ({@code message#96fdbbe9 ... = Message}), the second as the transport's
 * envelope ({@code message msg_id:long seqno:int bytes:int body:Object = Message}). In
 * {@code mtproto.tl}, {@code vector<%Message>} then means constructor {@code mtproto:message} and
 * {@code orig_message:Message} the type {@code mtproto:Message}, which has only that constructor.
 * Two definitions of one name in the same file are an error.
 */
public final class Linker {
  private final List<TlFileElement> files;
  private final SchemaOptions options;
  private final ErrorCollector errors;
  private final SymbolTable symbols = new SymbolTable();
  private final List<SymbolTable.Declared> declared = new ArrayList<>();
  private final Set<String> quietNames = new HashSet<>();
  /** The scope each file's redefinitions get: its base name. */
  private final Map<TlFileElement, String> fileScopes = new IdentityHashMap<>();

  private Linker(List<TlFileElement> files, SchemaOptions options, ErrorCollector errors) {
    this.files = files;
    this.options = options;
    this.errors = errors;
  }

  /** Parses and links {@code sources} as one schema; throws {@link SchemaException} on errors. */
  public static Schema link(List<SchemaLoader.SourceFile> sources, SchemaOptions options) {
    ErrorCollector errors = new ErrorCollector();
    List<TlFileElement> files = new ArrayList<>();
    for (SchemaLoader.SourceFile source : sources) {
      files.add(TlFileParser.parse(source.name(), source.text(), errors));
    }
    return new Linker(files, options, errors).link();
  }

  private Schema link() {
    for (TlFileElement file : files) {
      quietNames.addAll(file.unparsedNames());
      fileScopes.put(file, scopeOf(file.path()));
    }
    declare();
    List<Combinator> constructors = new ArrayList<>();
    List<Combinator> functions = new ArrayList<>();
    Map<SymbolTable.Declared, Combinator> linked = new IdentityHashMap<>();
    for (SymbolTable.Declared d : declared) {
      Combinator combinator = createCombinator(d);
      (combinator.isFunction() ? functions : constructors).add(combinator);
      linked.put(d, combinator);
    }
    new IdChecker(options, errors).check(declared, linked);
    List<TlType> types = createTypes(linked);
    List<SchemaFile> schemaFiles = files.stream().map(Linker::createSchemaFile).toList();
    errors.throwIfErrors();
    return new Schema(schemaFiles, constructors, functions, types, errors.warnings());
  }

  /** Decides which definitions take part and with which scope; fills the symbol table. */
  private void declare() {
    Map<String, SymbolTable.Declared> first = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (TlFileElement file : files) {
      String scope = fileScopes.get(file);
      Map<String, CombinatorElement> inFile = new HashMap<>();
      for (CombinatorElement element : file.definitions()) {
        String kindAndName = element.kind() + " " + element.name();
        CombinatorElement earlier = inFile.putIfAbsent(kindAndName, element);
        if (earlier != null) {
          errors.error(element.location(), "duplicate " + kindWord(element) + " '"
              + element.name() + "': already defined at " + earlier.location());
          continue;
        }
        SymbolTable.Declared global = first.get(kindAndName);
        SymbolTable.Declared declaration;
        if (global == null) {
          declaration = new SymbolTable.Declared(element, "", file);
          first.put(kindAndName, declaration);
        } else if (global.element().toTl().equals(element.toTl())) {
          continue;
        } else {
          declaration = new SymbolTable.Declared(element, scope, file);
          errors.warning(element.location(), kindWord(element) + " '" + element.name()
              + "' is already defined differently at " + global.element().location()
              + "; this definition is kept apart as '" + declaration.key() + "', used only inside "
              + file.path());
        }
        if (!keys.add(element.kind() + " " + declaration.key())) {
          errors.error(element.location(), "duplicate " + kindWord(element) + " '"
              + declaration.key() + "': two files with the same base name redefine it");
          continue;
        }
        declared.add(declaration);
        if (element.kind() == Combinator.Kind.CONSTRUCTOR) {
          symbols.addConstructor(declaration, producedType(element));
        }
      }
    }
  }

  /** The boxed type a constructor produces; null for builtins, and after an error if none. */
  private String producedType(CombinatorElement element) {
    if (element.isBuiltin()) {
      return null;
    }
    String name = boxedResultName(element);
    if (name == null) {
      errors.error(element.resultType().location(), "constructor '" + element.name()
          + "' must produce a boxed type (a name starting with a capital letter), not '"
          + element.resultType().toTl() + "'");
    }
    return name;
  }

  /** The result type's name if it is a boxed name ({@code InputPeer}), else null. */
  private static String boxedResultName(CombinatorElement element) {
    return element.resultType() instanceof TypeElement.Named n && !n.percent()
        && !Names.isBareName(n.name()) ? n.name() : null;
  }

  private Combinator createCombinator(SymbolTable.Declared declaration) {
    CombinatorElement element = declaration.element();
    Map<String, String> typeVariables = new LinkedHashMap<>();
    List<TypeParameter> typeParameters = new ArrayList<>();
    for (TypeParameterElement t : element.typeParameters()) {
      boolean validKind = t.kind().equals("Type") || t.kind().equals("#");
      if (!validKind) {
        errors.error(t.location(), "the kind of type variable '" + t.name()
            + "' must be 'Type' or '#', not '" + t.kind() + "'");
      }
      // After a bad kind, uses of the variable are not reported again.
      if (typeVariables.putIfAbsent(t.name(), validKind ? t.kind() : "Type") != null) {
        errors.error(t.location(), "duplicate type variable '" + t.name() + "'");
      }
      typeParameters.add(new TypeParameter(t.name(), t.kind(), t.location()));
    }
    // Inside a file, its own scoped definitions come first.
    TypeResolver resolver = new TypeResolver(
        symbols, errors, fileScopes.get(declaration.file()), typeVariables, quietNames);
    List<Parameter> parameters = new ArrayList<>();
    Set<String> parameterNames = new HashSet<>();
    for (int i = 0; i < element.parameters().size(); i++) {
      ParameterElement p = element.parameters().get(i);
      if (!parameterNames.add(p.name())) {
        errors.error(p.location(), "duplicate parameter '" + p.name() + "' in " + kindWord(element)
            + " '" + element.name() + "'");
      }
      FlagCondition condition = p.condition() == null
          ? null : FlagChecks.check(element, i, typeVariables, errors);
      parameters.add(new Parameter(p.name(), resolver.resolve(p.type()), condition, p.location()));
    }
    TypeRef resultType = element.kind() == Combinator.Kind.CONSTRUCTOR && !element.isBuiltin()
        ? ownType(declaration, resolver)
        : resolver.resolve(element.resultType());
    Combinator draft = new Combinator(element.name(), declaration.scope(), element.kind(), 0,
        false, 0, typeParameters, parameters, resultType, element.builtinBody(), element.doc(),
        element.location());
    int computed = ConstructorIds.compute(draft);
    OptionalInt explicit = element.explicitId();
    return new Combinator(element.name(), declaration.scope(), element.kind(),
        explicit.orElse(computed), explicit.isPresent(), computed, typeParameters, parameters,
        resultType, element.builtinBody(), element.doc(), element.location());
  }

  /** The result of a constructor: the type it belongs to, with its arguments resolved. */
  private static TypeRef ownType(SymbolTable.Declared declaration, TypeResolver resolver) {
    TypeElement.Named result = (TypeElement.Named) declaration.element().resultType();
    String name = boxedResultName(declaration.element());
    if (name == null) {
      // Already reported as not a boxed type.
      return new TypeRef.Named(result.name(), false, false, List.of(), TypeRef.Target.object());
    }
    List<TypeRef> args = new ArrayList<>();
    result.args().forEach(a -> args.add(resolver.resolve(a)));
    String key = declaration.scope().isEmpty() ? name : declaration.scope() + ":" + name;
    return new TypeRef.Named(name, false, false, args, TypeRef.Target.type(key));
  }

  private List<TlType> createTypes(Map<SymbolTable.Declared, Combinator> linked) {
    Map<String, Doc> docs = new HashMap<>();
    for (TlFileElement file : files) {
      String scope = fileScopes.get(file);
      for (ClassDocElement classDoc : file.classDocs()) {
        SymbolTable.TypeInfo type = symbols.type(classDoc.typeName(), scope);
        if (type != null) {
          docs.putIfAbsent(type.key(), classDoc.doc());
        }
      }
    }
    List<TlType> types = new ArrayList<>();
    for (SymbolTable.TypeInfo type : symbols.types()) {
      List<Combinator> constructors = type.constructors().stream().map(linked::get).toList();
      types.add(new TlType(type.name(), type.scope(), constructors,
          docs.getOrDefault(type.key(), Doc.EMPTY)));
    }
    return types;
  }

  private static SchemaFile createSchemaFile(TlFileElement file) {
    int constructors = 0;
    int functions = 0;
    Set<String> types = new LinkedHashSet<>();
    for (CombinatorElement element : file.definitions()) {
      if (element.kind() == Combinator.Kind.FUNCTION) {
        functions++;
        continue;
      }
      constructors++;
      String type = element.isBuiltin() ? null : boxedResultName(element);
      if (type != null) {
        types.add(type);
      }
    }
    return new SchemaFile(file.path(), file.layer(), constructors, functions, types.size());
  }

  /** {@code schema/mtproto.tl} gives {@code mtproto}. */
  static String scopeOf(String path) {
    String base = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  static String kindWord(CombinatorElement element) {
    return element.kind() == Combinator.Kind.FUNCTION ? "function" : "constructor";
  }
}
