package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.examples.Examples;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.FlagCondition;
import dev.tlkit.schema.OldBytes;
import dev.tlkit.schema.SchemaHistory;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates the record of one constructor or function: its components, validation, writer,
 * reader, field visitor, result decoder (functions) and builder.
 */
final class CombinatorGenerator {
  private final JavaTypes types;
  private final WireCode wire;
  private final GeneratedDocs docs;
  private final JavaModel model;
  private final Examples examples;

  CombinatorGenerator(JavaModel model, GeneratedDocs docs, Examples examples) {
    this.model = model;
    this.types = model.types();
    this.wire = new WireCode(types);
    this.docs = docs;
    this.examples = examples;
  }

  TypeSpec generate(Combinator c) {
    JavaRecord javaRecord = model.record(c);
    ClassName self = javaRecord.className();
    List<TypeVariableName> vars = javaRecord.typeVariables();
    TypeName selfType = vars.isEmpty()
        ? self
        : ParameterizedTypeName.get(self, vars.toArray(TypeName[]::new));
    TypeName selfWildcard = vars.isEmpty()
        ? self
        : ParameterizedTypeName.get(self, vars.stream()
            .map(v -> WildcardTypeName.subtypeOf(Object.class)).toArray(TypeName[]::new));
    List<JavaField> fields = javaRecord.fields();
    List<JavaField> components = javaRecord.components();

    TypeSpec.Builder record = TypeSpec.recordBuilder(self)
        .addModifiers(PUBLIC)
        .addTypeVariables(vars)
        .addJavadoc(javadoc(c, components))
        .alwaysQualify(types.shadowedJavaLang());
    javaRecord.superinterfaces().forEach(record::addSuperinterface);
    record.recordConstructor(canonicalConstructor(c, components));
    record.addField(FieldSpec.builder(TypeName.INT, "ID", PUBLIC, STATIC, FINAL)
        .addJavadoc("The constructor id of {@code $L}.\n", c.name())
        .initializer("0x$L", c.idHex())
        .build());
    record.addField(FieldSpec.builder(String.class, "TL_NAME", PUBLIC, STATIC, FINAL)
        .addJavadoc("The TL name, as the schema writes it.\n")
        .initializer("$S", c.name())
        .build());
    if (c.isFunction() && docs.hasErrorCatalogue()) {
      record.addField(possibleErrors(c));
    }
    record.addMethod(MethodSpec.methodBuilder("constructorId")
        .addAnnotation(Override.class).addModifiers(PUBLIC).returns(TypeName.INT)
        .addStatement("return ID").build());
    // The id and the body in one method of the record: TlObject's default serialize, shared by
    // every class, would make both its calls megamorphic where the record's own binds them.
    record.addMethod(MethodSpec.methodBuilder("serialize")
        .addAnnotation(Override.class).addModifiers(PUBLIC)
        .addParameter(RuntimeTypes.TL_WRITER, "writer")
        .addStatement("writer.writeInt(ID)")
        .addStatement("writeBare(writer)").build());
    record.addMethod(writeBare(fields));
    record.addMethod(decodeBare(javaRecord, selfWildcard));
    record.addMethod(fromJson(javaRecord, selfWildcard));
    if (javaRecord.hasBoxedDecode()) {
      record.addMethod(decode(c, selfWildcard));
    }
    record.addMethod(visitFields(components));
    if (c.isFunction()) {
      record.addMethod(decodeResult(c, fields));
    }
    if (javaRecord.hasBuilder()) {
      DefinitionDocs definitionDocs = docs.of(c);
      new BuilderGenerator(types, c, self, vars, components, f -> {
        String text = definitionDocs.param(f.tlName());
        return text.isEmpty() ? "" : docs.javadoc(text);
      }).addTo(record);
    }
    return record.build();
  }

  private CodeBlock javadoc(Combinator c, List<JavaField> components) {
    DefinitionDocs d = docs.of(c);
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!d.description().isEmpty()) {
      doc.add("$L\n\n<p>", docs.javadoc(d.description()));
    }
    doc.add("{@code $L}\n", Javadocs.code(c.toTl()));
    if (model.isOldShape(c)) {
      SchemaHistory.Older o = model.history().older(c.id()).orElseThrow();
      doc.add("\n<p>{@code $L} of layer $L, id {@code $L}, from {@code $L:$L} of that layer, kept in its old shape:\n"
              + "{@code $L}. Only a reader that reads older layers ({@link $L}) gives it.\n",
          o.old().name(), o.layer(), c.idHex(), Javadocs.fileName(c.location().file()), c.location().line(),
          Javadocs.code(((OldBytes.OldShape) o.decision()).reason()),
          ClassName.get(types.packageName(), JavaNames.OLDER_LAYERS_CLASS));
    } else {
      doc.add("\n<p>$L {@code $L}, id {@code $L}, from {@code $L:$L}.\n",
          c.isFunction() ? "Function" : "Constructor", c.name(), c.idHex(),
          Javadocs.fileName(c.location().file()), c.location().line());
    }
    doc.add(example(model.record(c)));
    if (!c.isFunction()) {
      TlType type = types.typeOf(c);
      if (type != null && types.names().interfaceName(type) == null && !docs.typeDescription(type).isEmpty()) {
        doc.add("\n<p>Type {@code $L}: $L\n", type.name(), docs.javadoc(docs.typeDescription(type)));
      }
    } else {
      doc.add("\n<p>Result: {@code $L}", Javadocs.code(c.resultTypeTl()));
      TypeName result = types.resultType(c);
      if (result instanceof ClassName cls && cls.packageName().equals(types.packageName())) {
        doc.add(", {@link $L}", cls.simpleName());
      }
      doc.add(".\n");
      if (!d.callers().forBots().isEmpty()) {
        doc.add("\n<p>$L\n", d.callers().forBots());
      }
      List<ErrorDoc> errors = docs.errorsOf(c);
      if (!errors.isEmpty()) {
        doc.add("\n<table class=\"striped\">\n<caption>Possible errors$L</caption>\n",
            docs.hasErrorCatalogue() ? " ({@link #POSSIBLE_ERRORS})" : "");
        doc.add("<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Name</th>"
            + "<th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
        for (ErrorDoc e : errors) {
          ErrorDoc known = docs.catalogued(e.name());
          String code = known == null || known.code() == e.code()
              ? Integer.toString(e.code())
              : e.code() + " (" + known.code() + " in the catalogue)";
          doc.add("<tr><td>$L</td><td>{@code $L}</td><td>$L</td></tr>\n", code,
              Javadocs.code(e.name()), docs.javadoc(e.description()));
        }
        doc.add("</tbody>\n</table>\n");
      }
    }
    if (!components.isEmpty()) {
      doc.add("\n");
      for (JavaField f : components) {
        String text = d.param(f.tlName());
        String tl = f.parameter().toTl();
        doc.add("@param $L {@code $L}$L$L\n", f.name(), Javadocs.code(tl),
            f.nullable() ? " (null when absent)" : "",
            text.isEmpty() ? "" : ": " + docs.javadoc(text));
      }
    }
    return doc.build();
  }

  /**
   * The example the reference site shows, as the body of a method: in {@code {@code}} where the
   * text allows it (balanced braces, no comment end or backslash, no line Javadoc would read as a tag),
   * else as escaped HTML, so that doclint passes whatever a value holds.
   */
  private CodeBlock example(JavaRecord record) {
    String java = examples.javaOf(record);
    boolean plain = !java.contains("*/") && !java.contains("\\") && java.chars().filter(ch -> ch == '{').count()
        == java.chars().filter(ch -> ch == '}').count()
        && java.lines().noneMatch(line -> line.strip().startsWith("@"));
    String body = plain ? "{@code\n" + java.stripTrailing() + "\n}"
        : Javadocs.code(java.stripTrailing().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    return CodeBlock.of("\n<p>Example (the body of {@code void example() throws Exception}, with "
        + "{@code $L.*}, {@code dev.tlkit.runtime.*} and {@code java.util.*} imported):\n<pre>$L</pre>\n",
        types.packageName(), body);
  }

  /** {@code POSSIBLE_ERRORS}: the catalogue's errors, or the function's own where its code or text differs. */
  private FieldSpec possibleErrors(Combinator c) {
    CodeBlock.Builder list = CodeBlock.builder();
    List<ErrorDoc> errors = docs.errorsOf(c);
    for (int i = 0; i < errors.size(); i++) {
      ErrorDoc e = errors.get(i);
      ErrorDoc known = docs.catalogued(e.name());
      list.add(i == 0 ? "" : ",$W");
      if (known != null && known.code() == e.code()
          && DocText.plain(known.description()).equals(DocText.plain(e.description()))) {
        list.add("$T.$L", ClassName.get(types.packageName(), JavaNames.ERRORS_CLASS), docs.constantOf(e.name()));
      } else {
        list.add("$L", ErrorCatalogueGenerator.info(e));
      }
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.RPC_ERROR_INFO),
            "POSSIBLE_ERRORS", PUBLIC, STATIC, FINAL)
        .addJavadoc("The errors {@code $L} may answer, as its documentation lists them"
            + " (with its own code or description where they differ from the catalogue's).\n", c.name())
        .initializer(errors.isEmpty() ? CodeBlock.of("$T.of()", List.class)
            : CodeBlock.of("$T.of($>$L$<)", List.class, list.build()))
        .build();
  }

  private MethodSpec canonicalConstructor(Combinator c, List<JavaField> components) {
    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(PUBLIC);
    for (JavaField f : components) {
      ctor.addParameter(types.declared(f), f.name());
    }
    for (JavaField f : components) {
      String n = f.name();
      if (f.isRequiredReference()) {
        ctor.addStatement("$T.requireNonNull($L, $S)", Objects.class, n,
            c.name() + ": " + n + " (" + f.tlName() + ") is required");
      }
      if (f.isVector()) {
        String copy = f.listCopy();
        if (f.nullable()) {
          ctor.addStatement("$L = $L == null ? null : $T.$L($L)", n, n, RuntimeTypes.TL_LIST, copy, n);
        } else {
          ctor.addStatement("$L = $T.$L($L)", n, RuntimeTypes.TL_LIST, copy, n);
        }
      }
      if (f.wire() instanceof WireShape.Raw raw) {
        int width = raw.width();
        ctor.beginControlFlow(f.nullable() ? "if ($L != null && $L.length() != $L)" : "if ($L.length() != $L)",
            f.nullable() ? new Object[] {n, n, width} : new Object[] {n, width});
        ctor.addStatement("throw new $T($S + $L.length())", IllegalArgumentException.class,
            c.name() + ": " + n + " must be " + width + " bytes, got ", n);
        ctor.endControlFlow();
      }
    }
    // Fields that share one flag bit are one piece of information: all present or all absent.
    Map<FlagCondition, List<JavaField>> byBit = new LinkedHashMap<>();
    for (JavaField f : components) {
      if (f.condition() != null) {
        byBit.computeIfAbsent(f.condition(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<FlagCondition, List<JavaField>> e : byBit.entrySet()) {
      List<JavaField> group = e.getValue();
      for (int i = 1; i < group.size(); i++) {
        JavaField a = group.get(0);
        JavaField b = group.get(i);
        ctor.beginControlFlow("if (($L) != ($L))", a.presence(""), b.presence(""));
        ctor.addStatement("throw new $T($S)", IllegalArgumentException.class,
            c.name() + ": " + a.name() + " and " + b.name() + " share " + e.getKey()
                + ": set both or neither");
        ctor.endControlFlow();
      }
    }
    return ctor.build();
  }

  private MethodSpec writeBare(List<JavaField> fields) {
    NameAllocator names = new NameAllocator();
    String writer = names.newName("writer");
    String index = names.newName("i");
    for (JavaField f : fields) {
      if (f.role() == JavaField.Role.FLAGS) {
        names.newName(f.name(), f);
      }
    }
    CodeBlock.Builder body = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      JavaField f = fields.get(i);
      if (f.role() == JavaField.Role.LENGTH) {
        // The length, then the object it measures: one call writes both.
        body.addStatement("$L.writeSized(this.$L)", writer, fields.get(++i).name());
      } else if (f.role() == JavaField.Role.FLAGS) {
        String local = names.get(f);
        body.addStatement("int $L = 0", local);
        for (JavaField g : fields) {
          if (g.condition() != null && g.condition().field().equals(f.tlName())) {
            body.addStatement("if ($L) $L |= 0x$L", g.presence("this."), local,
                Integer.toHexString(g.condition().mask()));
          }
        }
        body.addStatement("$L.writeInt($L)", writer, local);
      } else if (!f.isTrueFlag()) {
        CodeBlock value = CodeBlock.of("this.$L", f.name());
        CodeBlock write = wire.writeStatements(f.wire(), writer, value, index, names);
        if (f.condition() == null) {
          body.add(write);
        } else if (write.toString().indexOf('\n') == write.toString().length() - 1) {
          // One statement: on the line of its condition.
          body.addStatement("if ($L != null) $L", value, wire.write(f.wire(), writer, value, names));
        } else {
          body.beginControlFlow("if ($L != null)", value).add(write).endControlFlow();
        }
      }
    }
    return MethodSpec.methodBuilder("writeBare")
        .addAnnotation(Override.class).addModifiers(PUBLIC)
        .addParameter(RuntimeTypes.TL_WRITER, writer)
        .addCode(body.build()).build();
  }

  /**
   * {@code decodeBare}: each field read in order into a local, then the record. Every read is the
   * runtime's read of a field, which puts the field's name in an error's path
   * ({@code message.media.photo}), so the decoder keeps no bookkeeping of its own.
   */
  private MethodSpec decodeBare(JavaRecord javaRecord, TypeName selfWildcard) {
    Combinator c = javaRecord.definition();
    CodeBlock.Builder body = readFields(javaRecord, wire).toBuilder();
    String args = String.join(", ", javaRecord.components().stream().map(javaRecord::decodeLocal).toList());
    body.addStatement(javaRecord.typeVariables().isEmpty() ? "return new $T($L)" : "return new $T<>($L)",
        types.classOf(c), args);
    return MethodSpec.methodBuilder("decodeBare")
        .addJavadoc("Reads the body of {@code $L}, after its constructor id.\n", c.name())
        .addModifiers(PUBLIC, STATIC).returns(selfWildcard)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build();
  }

  /**
   * {@code fromJson}: the record of the fields its JSON gave, each taken by its place in the
   * definition (the one the shape table gives it), numbers unboxed unless optional. The runtime's
   * JSON reader has checked them all against the shape table, so this only builds.
   */
  private MethodSpec fromJson(JavaRecord javaRecord, TypeName selfWildcard) {
    Combinator c = javaRecord.definition();
    List<JavaField> fields = javaRecord.fields();
    List<String> args = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).isComponent()) {
        args.add("fields." + jsonAccessor(fields.get(i).type().withoutAnnotations()) + "(" + i + ")");
      }
    }
    return MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Builds {@code $L} from the fields of its JSON, as the runtime's JSON reader has read and checked them.\n",
            c.name())
        .addModifiers(PUBLIC, STATIC).returns(selfWildcard)
        .addParameter(RuntimeTypes.TL_JSON_FIELDS, "fields")
        .addStatement(javaRecord.typeVariables().isEmpty() ? "return new $T($L)" : "return new $T<>($L)",
            types.classOf(c), String.join(", ", args))
        .build();
  }

  /** The method of {@code TlJsonFields} that gives a component of this Java type. */
  private static String jsonAccessor(TypeName type) {
    if (type.equals(TypeName.INT)) return "intValue";
    if (type.equals(TypeName.LONG)) return "longValue";
    if (type.equals(TypeName.DOUBLE)) return "doubleValue";
    if (type.equals(TypeName.BOOLEAN)) return "boolValue";
    if (type.equals(TypeName.INT.box())) return "optionalInt";
    if (type.equals(TypeName.LONG.box())) return "optionalLong";
    if (type.equals(TypeName.DOUBLE.box())) return "optionalDouble";
    if (type.equals(TypeName.BOOLEAN.box())) return "optionalBool";
    return "value";
  }

  /**
   * Each field of {@code javaRecord} read in order into a local of {@link JavaRecord#decodeLocal}'s
   * name: the body of {@code decodeBare} before its {@code return}, and of an upgrade of an earlier
   * layer's bytes.
   */
  static CodeBlock readFields(JavaRecord javaRecord, WireCode wire) {
    List<JavaField> fields = javaRecord.fields();
    NameAllocator names = javaRecord.decodeLocals();
    CodeBlock.Builder body = CodeBlock.builder();
    Map<String, String> flagLocals = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      JavaField f = fields.get(i);
      String local = javaRecord.decodeLocal(f);
      if (f.role() == JavaField.Role.FLAGS) {
        flagLocals.put(f.tlName(), local);
      }
      if (f.isTrueFlag()) {
        body.addStatement("var $L = $L", local, flagTest(flagLocals, f));
        continue;
      }
      JavaField read = f;
      CodeBlock value;
      if (f.role() == JavaField.Role.LENGTH) {
        // The next value is read within the bytes the length says: its local is the one assigned.
        read = fields.get(++i);
        local = javaRecord.decodeLocal(read);
        value = CodeBlock.of("reader.readSized($S, $L)", read.tlName(), wire.readFunction(read.wire(), names));
      } else {
        value = wire.read(f.wire(), "reader", f.tlName(), names);
      }
      if (read.condition() != null) {
        body.addStatement("var $L = $L ? $L : null", local, flagTest(flagLocals, read), value);
      } else {
        body.addStatement("var $L = $L", local, value);
      }
    }
    return body.build();
  }

  private static String flagTest(Map<String, String> flagLocals, JavaField f) {
    FlagCondition cond = f.condition();
    return "(" + flagLocals.get(cond.field()) + " & 0x" + Integer.toHexString(cond.mask()) + ") != 0";
  }

  /** The boxed decoder: the runtime reads the id (or gzip_packed) and bounds the depth. */
  private MethodSpec decode(Combinator c, TypeName selfWildcard) {
    TlType type = types.typeOf(c);
    String expected = type == null ? c.name() : type.name();
    MethodSpec.Builder m = MethodSpec.methodBuilder("decode")
        .addJavadoc("Reads a boxed {@code $L}: its constructor id, then its body.\n", c.name())
        .addModifiers(PUBLIC, STATIC).returns(selfWildcard)
        .addParameter(RuntimeTypes.TL_READER, "reader");
    if (c.isFunction() ? model.readsOlderCalls(c) : type != null && model.readsOlder(type)) {
      // An earlier layer wrote this under other ids: a reader that reads older layers takes them.
      return m.addStatement("$T body = reader.readAnyBoxed($T.SCHEMA)", RuntimeTypes.TL_READER, types.dispatchClass())
          .addStatement("return body.end(body.boxedId() == ID ? decodeBare(body)$W: body.older(body.boxedId(), $T.class, $S, $T.SCHEMA))",
              types.classOf(c), expected, types.dispatchClass())
          .build();
    }
    return m.addStatement("$T body = reader.readBoxed(ID, $S, $T.SCHEMA)", RuntimeTypes.TL_READER,
            expected, types.dispatchClass())
        .addStatement("return body.end(decodeBare(body))")
        .build();
  }

  private MethodSpec visitFields(List<JavaField> components) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("visitFields")
        .addAnnotation(Override.class).addModifiers(PUBLIC)
        .addParameter(RuntimeTypes.TL_FIELD_VISITOR, "visitor");
    for (JavaField f : components) {
      // TDLib's int53s go to a method of their own: JSON writes them as numbers, longs as strings.
      String method = f.holdsInt53() ? "int53" : "field";
      if (f.nullable()) {
        m.addStatement("if (this.$L != null) visitor.$L($S, this.$L)", f.name(), method, f.tlName(), f.name());
      } else if (f.isDataNat()) {
        m.addStatement("if (this.$L != 0) visitor.$L($S, this.$L)", f.name(), method, f.tlName(), f.name());
      } else {
        m.addStatement("visitor.$L($S, this.$L)", method, f.tlName(), f.name());
      }
    }
    return m.build();
  }

  private MethodSpec decodeResult(Combinator c, List<JavaField> fields) {
    TypeName result = types.resultType(c);
    CodeBlock.Builder body = CodeBlock.builder();
    if (c.resultType() instanceof TypeRef.Var v) {
      JavaField query = fields.stream()
          .filter(f -> f.wire() instanceof WireShape.AnyFunction q && q.resultVariable().equals(v.name()))
          .findFirst()
          .orElseThrow(() -> new GenerationException(List.of(c.name() + " (" + c.location()
              + "): result " + v.name() + " is not the result of any !" + v.name() + " parameter")));
      body.addStatement("return this.$L.decodeResult(reader)", query.name());
    } else {
      NameAllocator names = new NameAllocator();
      names.newName("reader");
      body.addStatement("return $L", wire.read(types.resultShape(c), "reader", names));
    }
    return MethodSpec.methodBuilder("decodeResult")
        .addAnnotation(Override.class).addModifiers(PUBLIC).returns(result)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build();
  }
}
