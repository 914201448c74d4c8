package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.FlagCondition;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates the record of one constructor or function: its components, validation, wire size,
 * writer, reader, field visitor, result decoder (functions) and builder.
 */
final class CombinatorGenerator {
  private final JavaTypes types;
  private final WireCode wire;
  private final boolean gzipPacked;
  private final GeneratedDocs docs;

  private final JavaModel model;

  CombinatorGenerator(JavaModel model, boolean gzipPacked, GeneratedDocs docs) {
    this.model = model;
    this.types = model.types();
    this.wire = new WireCode(types);
    this.gzipPacked = gzipPacked;
    this.docs = docs;
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
    List<Field> fields = javaRecord.fields();
    List<Field> components = javaRecord.componentFields();

    TypeSpec.Builder record = TypeSpec.recordBuilder(self)
        .addModifiers(PUBLIC)
        .addTypeVariables(vars)
        .addJavadoc(javadoc(c, components))
        .alwaysQualify(types.shadowedJavaLang());
    record.addSuperinterface(javaRecord.superinterface());
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
    record.addMethod(MethodSpec.methodBuilder("tlName")
        .addAnnotation(Override.class).addModifiers(PUBLIC).returns(String.class)
        .addStatement("return TL_NAME").build());
    record.addMethod(bareSize(fields));
    record.addMethod(writeBare(fields));
    record.addMethod(decodeBare(c, fields, components, selfWildcard, vars));
    record.addMethod(decode(c, selfWildcard));
    record.addMethod(visitFields(components));
    if (c.isFunction()) {
      record.addMethod(decodeResult(c, fields));
    }
    DefinitionDocs definitionDocs = docs.of(c);
    new BuilderGenerator(types, c, self, vars, components, f -> {
      String text = definitionDocs.param(f.tlName());
      return text.isEmpty() ? "" : docs.javadoc(text);
    }).addTo(record);
    return record.build();
  }

  TypeName resultType(Combinator c) {
    return types.resultType(c);
  }

  private CodeBlock javadoc(Combinator c, List<Field> components) {
    DefinitionDocs d = docs.of(c);
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!d.description().isEmpty()) {
      doc.add("$L\n\n<p>", docs.javadoc(d.description()));
    }
    doc.add("{@code $L}\n", Javadocs.code(c.toTl()));
    doc.add("\n<p>$L {@code $L}, id {@code $L}, from {@code $L:$L}.\n",
        c.isFunction() ? "Function" : "Constructor", c.name(), c.idHex(),
        Javadocs.fileName(c.location().file()), c.location().line());
    if (!c.isFunction()) {
      TlType type = types.typeOf(c);
      if (type != null && types.names().interfaceName(type) == null && !docs.typeDescription(type).isEmpty()) {
        doc.add("\n<p>Type {@code $L}: $L\n", type.name(), docs.javadoc(docs.typeDescription(type)));
      }
    } else {
      doc.add("\n<p>Result: {@code $L}", Javadocs.code(c.resultTypeTl()));
      TypeName result = resultType(c);
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
      for (Field f : components) {
        String text = d.param(f.tlName());
        String tl = f.param().toTl();
        doc.add("@param $L {@code $L}$L$L\n", f.javaName(), Javadocs.code(tl),
            f.isNullable() ? " (null when absent)" : "",
            text.isEmpty() ? "" : ": " + docs.javadoc(text));
      }
    }
    return doc.build();
  }

  /** {@code POSSIBLE_ERRORS}: the catalogue's errors, or the function's own where its code or text differs. */
  private FieldSpec possibleErrors(Combinator c) {
    CodeBlock.Builder list = CodeBlock.builder();
    List<ErrorDoc> errors = docs.errorsOf(c);
    for (int i = 0; i < errors.size(); i++) {
      ErrorDoc e = errors.get(i);
      ErrorDoc known = docs.catalogued(e.name());
      list.add(i == 0 ? "\n" : ",\n");
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

  private MethodSpec canonicalConstructor(Combinator c, List<Field> components) {
    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(PUBLIC);
    for (Field f : components) {
      ctor.addParameter(types.declared(f), f.javaName());
    }
    for (Field f : components) {
      String n = f.javaName();
      if (f.isRequiredReference()) {
        ctor.addStatement("$T.requireNonNull($L, $S)", Objects.class, n,
            c.name() + ": " + n + " (" + f.tlName() + ") is required");
      }
      if (f.isVector()) {
        if (f.isNullable()) {
          ctor.addStatement("$L = $L == null ? null : $T.copyOf($L)", n, n, RuntimeTypes.TL_LIST, n);
        } else {
          ctor.addStatement("$L = $T.copyOf($L)", n, RuntimeTypes.TL_LIST, n);
        }
      }
      int width = types.rawWidth(f.tlType());
      if (width > 0) {
        ctor.beginControlFlow(f.isNullable() ? "if ($L != null && $L.length() != $L)" : "if ($L.length() != $L)",
            f.isNullable() ? new Object[] {n, n, width} : new Object[] {n, width});
        ctor.addStatement("throw new $T($S + $L.length())", IllegalArgumentException.class,
            c.name() + ": " + n + " must be " + width + " bytes, got ", n);
        ctor.endControlFlow();
      }
    }
    // Fields that share one flag bit are one piece of information: all present or all absent.
    Map<FlagCondition, List<Field>> byBit = new LinkedHashMap<>();
    for (Field f : components) {
      if (f.condition() != null) {
        byBit.computeIfAbsent(f.condition(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<FlagCondition, List<Field>> e : byBit.entrySet()) {
      List<Field> group = e.getValue();
      for (int i = 1; i < group.size(); i++) {
        Field a = group.get(0);
        Field b = group.get(i);
        ctor.beginControlFlow("if (($L) != ($L))", a.presence(""), b.presence(""));
        ctor.addStatement("throw new $T($S)", IllegalArgumentException.class,
            c.name() + ": " + a.javaName() + " and " + b.javaName() + " share " + e.getKey()
                + ": set both or neither");
        ctor.endControlFlow();
      }
    }
    return ctor.build();
  }

  private MethodSpec bareSize(List<Field> fields) {
    wire.reset();
    CodeBlock.Builder body = CodeBlock.builder();
    int fixed = 0;
    CodeBlock.Builder variable = CodeBlock.builder();
    for (Field f : fields) {
      if (f.isTrueFlag()) {
        continue;
      }
      if (f.param().isFlags() || f.computedLength()) {
        fixed += 4;
        continue;
      }
      CodeBlock value = CodeBlock.of("this.$L", f.javaName());
      int size = wire.fixedSize(f.tlType());
      if (f.isNullable()) {
        variable.beginControlFlow("if ($L != null)", value);
        wire.addSize(variable, "$size", value, f.tlType());
        variable.endControlFlow();
      } else if (size >= 0) {
        fixed += size;
      } else {
        wire.addSize(variable, "$size", value, f.tlType());
      }
    }
    CodeBlock rest = variable.build();
    if (rest.isEmpty()) {
      body.addStatement("return $L", fixed);
    } else {
      body.addStatement("int $$size = $L", fixed);
      body.add(rest);
      body.addStatement("return $$size");
    }
    return MethodSpec.methodBuilder("bareSize")
        .addAnnotation(Override.class).addModifiers(PUBLIC).returns(TypeName.INT)
        .addCode(body.build()).build();
  }

  private MethodSpec writeBare(List<Field> fields) {
    wire.reset();
    CodeBlock.Builder body = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.computedLength()) {
        body.addStatement("writer.writeInt(this.$L.serializedSize())", fields.get(i + 1).javaName());
        continue;
      }
      if (f.computedFlags()) {
        String local = "$" + f.javaName();
        body.addStatement("int $L = 0", local);
        for (Field g : fields) {
          if (g.condition() != null && g.condition().field().equals(f.tlName())) {
            body.addStatement("if ($L) $L |= 0x$L", g.presence("this."), local,
                Integer.toHexString(g.condition().mask()));
          }
        }
        body.addStatement("writer.writeInt($L)", local);
        continue;
      }
      if (f.isTrueFlag()) {
        continue;
      }
      CodeBlock value = CodeBlock.of("this.$L", f.javaName());
      if (f.isNullable()) {
        body.beginControlFlow("if ($L != null)", value);
        wire.write(body, "writer", value, f.tlType());
        body.endControlFlow();
      } else {
        wire.write(body, "writer", value, f.tlType());
      }
    }
    return MethodSpec.methodBuilder("writeBare")
        .addAnnotation(Override.class).addModifiers(PUBLIC)
        .addParameter(RuntimeTypes.TL_WRITER, "writer")
        .addCode(body.build()).build();
  }

  private static String local(Field f) {
    String n = f.javaName();
    return n.equals("reader") ? n + "_" : n;
  }

  private MethodSpec decodeBare(
      Combinator c, List<Field> fields, List<Field> components, TypeName selfWildcard,
      List<TypeVariableName> vars) {
    wire.reset();
    Map<String, String> flagLocals = new LinkedHashMap<>();
    CodeBlock.Builder body = CodeBlock.builder();
    boolean tracked = !fields.isEmpty();
    boolean lists = fields.stream().anyMatch(f -> wire.tracksElements(f.tlType()));
    if (tracked) {
      // The field being read, for the error path (message.media.photo), and in a list the
      // element (messages[3].media): a local store per field or element costs next to nothing,
      // the try costs nothing until something fails.
      body.addStatement("$T $$field = null", String.class);
      if (lists) {
        body.addStatement("int $$at = -1");
      }
      body.beginControlFlow("try");
    }
    Field previous = null;
    for (Field f : fields) {
      String local = local(f);
      body.addStatement("$$field = $S", f.tlName());
      if (previous != null && previous.computedLength()) {
        wire.readWithin(body, "reader", local(previous), local, f.tlType());
        previous = f;
        continue;
      }
      previous = f;
      if (f.computedFlags()) {
        flagLocals.put(f.tlName(), local);
        body.addStatement("int $L = reader.readInt()", local);
        continue;
      }
      TypeName localType = f.isTrueFlag() ? TypeName.BOOLEAN : wire.localType(f.tlType(), f.isNullable());
      if (f.isTrueFlag()) {
        body.addStatement("boolean $L = $L", local, flagTest(flagLocals, f));
      } else if (f.isNullable()) {
        body.addStatement("$T $L = null", localType, local);
        body.beginControlFlow("if ($L)", flagTest(flagLocals, f));
        wire.read(body, "reader", local, f.tlType(), "$at");
        body.endControlFlow();
      } else if (WireCode.isVector(f.tlType())) {
        body.addStatement("$T $L", localType, local);
        wire.read(body, "reader", local, f.tlType(), "$at");
      } else {
        body.addStatement("$T $L = $L", localType, local, wire.readExpr("reader", f.tlType()));
      }
    }
    String args = String.join(", ", components.stream().map(CombinatorGenerator::local).toList());
    body.addStatement(vars.isEmpty() ? "return new $T($L)" : "return new $T<>($L)",
        types.classOf(c), args);
    if (tracked) {
      body.nextControlFlow("catch ($T e)", RuntimeTypes.TL_DECODE_EXCEPTION);
      body.addStatement(lists ? "throw e.within($$field, $$at)" : "throw e.within($$field)");
      body.endControlFlow();
    }
    return MethodSpec.methodBuilder("decodeBare")
        .addJavadoc("Reads the body of {@code $L}, after its constructor id.\n", c.name())
        .addModifiers(PUBLIC, STATIC).returns(selfWildcard)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build();
  }

  private static String flagTest(Map<String, String> flagLocals, Field f) {
    FlagCondition cond = f.condition();
    return "(" + flagLocals.get(cond.field()) + " & 0x" + Integer.toHexString(cond.mask()) + ") != 0";
  }

  private MethodSpec decode(Combinator c, TypeName selfWildcard) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("int id = reader.readInt()");
    body.beginControlFlow("if (id != ID)");
    if (gzipPacked) {
      body.beginControlFlow("if (id == $T.GZIP_PACKED)", RuntimeTypes.TL_IDS);
      body.addStatement("return reader.decodeInflated($T::decode)", types.classOf(c));
      body.endControlFlow();
    }
    TlType type = types.typeOf(c);
    String expected = type == null ? c.name() : type.name();
    body.addStatement("throw $T.unexpected(id, $S, reader)", types.dispatchClass(), expected);
    body.endControlFlow();
    body.addStatement("reader.enter()");
    body.addStatement("$T value = decodeBare(reader)", selfWildcard);
    body.addStatement("reader.exit()");
    body.addStatement("return value");
    return MethodSpec.methodBuilder("decode")
        .addJavadoc("Reads a boxed {@code $L}: its constructor id, then its body.\n", c.name())
        .addModifiers(PUBLIC, STATIC).returns(selfWildcard)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build();
  }

  private MethodSpec visitFields(List<Field> components) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("visitFields")
        .addAnnotation(Override.class).addModifiers(PUBLIC)
        .addParameter(RuntimeTypes.TL_FIELD_VISITOR, "visitor");
    for (Field f : components) {
      if (f.isNullable()) {
        m.addStatement("if (this.$L != null) visitor.field($S, this.$L)", f.javaName(), f.tlName(), f.javaName());
      } else if (f.isDataNat()) {
        m.addStatement("if (this.$L != 0) visitor.field($S, this.$L)", f.javaName(), f.tlName(), f.javaName());
      } else {
        m.addStatement("visitor.field($S, this.$L)", f.tlName(), f.javaName());
      }
    }
    return m.build();
  }

  private MethodSpec decodeResult(Combinator c, List<Field> fields) {
    wire.reset();
    TypeName result = resultType(c);
    CodeBlock.Builder body = CodeBlock.builder();
    if (c.resultType() instanceof TypeRef.Var v) {
      Field query = fields.stream()
          .filter(f -> f.tlType() instanceof TypeRef.Var q && q.bang() && q.name().equals(v.name()))
          .findFirst()
          .orElseThrow(() -> new GenerationException(List.of(c.name() + " (" + c.location()
              + "): result " + v.name() + " is not the result of any !" + v.name() + " parameter")));
      body.addStatement("return this.$L.decodeResult(reader)", query.javaName());
    } else if (WireCode.isVector(c.resultType())) {
      body.addStatement("$T result", result);
      wire.read(body, "reader", "result", c.resultType());
      body.addStatement("return result");
    } else {
      body.addStatement("return $L", wire.readExpr("reader", c.resultType()));
    }
    return MethodSpec.methodBuilder("decodeResult")
        .addAnnotation(Override.class).addModifiers(PUBLIC).returns(result)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build();
  }
}
