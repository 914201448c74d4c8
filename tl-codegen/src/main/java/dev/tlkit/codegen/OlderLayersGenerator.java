package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tlkit.schema.OldBytes;
import dev.tlkit.schema.SchemaHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates {@code OlderLayers}: the schema's {@code TlHistory}, which reads what its earlier layers
 * wrote under ids it no longer has, with the entry points that use it. For each such id it knows
 * the class the bytes become and has the decoder of their body: a kept old shape's own
 * {@code decodeBare}, or an upgrade, which reads the old fields and makes today's record of them.
 */
final class OlderLayersGenerator {
  private final JavaModel model;
  private final JavaTypes types;
  private final WireCode wire;

  OlderLayersGenerator(JavaModel model) {
    this.model = model;
    this.types = model.types();
    this.wire = new WireCode(types);
  }

  TypeSpec generate() {
    SchemaHistory history = model.history();
    ClassName self = ClassName.get(types.packageName(), JavaNames.OLDER_LAYERS_CLASS);
    ClassName tl = types.dispatchClass();
    ClassName object = RuntimeTypes.TL_OBJECT;
    ClassName reader = RuntimeTypes.TL_READER;
    String layers = history.layers().stream().map(String::valueOf).collect(Collectors.joining(", "));
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(RuntimeTypes.TL_HISTORY)
        .alwaysQualify(types.shadowedJavaLang())
        .addJavadoc("Reads what the earlier layers $L of this schema wrote, under ids layer $L has not:\n"
                + "stored objects after a layer update. $L ids upgrade into today's records; $L keep their old\n"
                + "shape, in records named {@code <Name>Layer<N>}. Decoding is strict unless asked: only a\n"
                + "reader made by {@link #reader(byte[])}, or given {@link #HISTORY}, reads them.\n"
                + "\n<pre>{@code\n"
                + "TlObject user = OlderLayers.decode(bytesOfLayer198);  // a User: today's, or UserLayer198\n"
                + "byte[] stored = OlderLayers.store(user);              // with today's layer\n"
                + "TlObject back = OlderLayers.readStored(stored);       // by this build or a later one\n"
                + "}</pre>\n",
            layers, history.today().layer().getAsInt(), history.upgrades().size(), history.oldShapes().size())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    spec.addField(FieldSpec.builder(self, "HISTORY", PUBLIC, STATIC, FINAL)
        .addJavadoc("The history, for {@link $T#readOlderLayers}.\n", reader)
        .initializer("new $T()", self).build());
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, Integer.class), "LAYERS", PRIVATE, STATIC, FINAL)
        .initializer("$T.of($L)", List.class, layers)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("reader")
        .addJavadoc("A reader of {@code bytes} that reads earlier layers' ids too.\n")
        .addModifiers(PUBLIC, STATIC).returns(reader).addParameter(byte[].class, "bytes")
        .addStatement("return new $T(bytes).readOlderLayers(HISTORY)", reader).build());
    spec.addMethod(MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes one boxed object that fills {@code bytes} exactly, written by this layer or an\n"
            + "earlier one.\n@throws $T if the bytes are not exactly one object that some layer knows\n",
            RuntimeTypes.TL_DECODE_EXCEPTION)
        .addModifiers(PUBLIC, STATIC).returns(object).addParameter(byte[].class, "bytes")
        .addStatement("$T reader = reader(bytes)", reader)
        .addStatement("$T value = $T.decodeObject(reader)", object, tl)
        .addStatement("reader.expectEnd()")
        .addStatement("return value").build());
    spec.addMethod(MethodSpec.methodBuilder("store")
        .addJavadoc("The bytes of {@code value} with this schema's layer in front, for {@link #readStored}.\n")
        .addModifiers(PUBLIC, STATIC).returns(byte[].class).addParameter(object, "value")
        .addStatement("return $T.write($T.LAYER, value)", RuntimeTypes.TL_STORED, tl).build());
    spec.addMethod(MethodSpec.methodBuilder("readStored")
        .addJavadoc("Reads what {@link #store} wrote, at this layer or an earlier one.\n"
            + "@throws $T if the bytes are not a layer and one object, or a later layer wrote them\n",
            RuntimeTypes.TL_DECODE_EXCEPTION)
        .addModifiers(PUBLIC, STATIC).returns(object).addParameter(byte[].class, "stored")
        .addStatement("return $T.read(stored, $T.LAYER, HISTORY, $T::decodeObject)", RuntimeTypes.TL_STORED, tl, tl)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("layers").addAnnotation(Override.class)
        .addModifiers(PUBLIC).returns(ParameterizedTypeName.get(List.class, Integer.class))
        .addStatement("return LAYERS").build());

    List<SchemaHistory.Older> older = history.older();
    List<List<SchemaHistory.Older>> chunks = DispatchGenerator.chunks(older, SchemaHistory.Older::id);
    TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    spec.addMethod(chunked("classOf", anyClass, chunks, true, "id").build());
    spec.addMethod(chunked("decodeBare", ClassName.OBJECT, chunks, false, "id, reader")
        .addParameter(reader, "reader").build());
    for (int i = 0; i < chunks.size(); i++) {
      CodeBlock.Builder classes = CodeBlock.builder().beginControlFlow("switch (id)");
      CodeBlock.Builder bodies = CodeBlock.builder().beginControlFlow("switch (id)");
      for (SchemaHistory.Older o : chunks.get(i)) {
        String label = "0x" + o.renamed().idHex();
        if (o.upgrades()) {
          JavaRecord into = model.upgrade(o.id());
          classes.addStatement("case $L: return $T.class", label, into.className());
          bodies.addStatement("case $L: return $L(reader)", label, upgradeName(o));
        } else {
          ClassName cls = types.classOf(o.renamed());
          classes.addStatement("case $L: return $T.class", label, cls);
          bodies.addStatement("case $L: return $T.decodeBare(reader)", label, cls);
        }
      }
      classes.addStatement("default: return null").endControlFlow();
      bodies.addStatement("default: throw new $T($S + $T.toHexString(id))", IllegalArgumentException.class,
          "no earlier layer has id ", Integer.class).endControlFlow();
      spec.addMethod(MethodSpec.methodBuilder("classOf" + i).addModifiers(PRIVATE, STATIC)
          .returns(types.nullable(anyClass, true)).addParameter(TypeName.INT, "id").addCode(classes.build()).build());
      spec.addMethod(MethodSpec.methodBuilder("decodeBare" + i).addModifiers(PRIVATE, STATIC).returns(ClassName.OBJECT)
          .addParameter(TypeName.INT, "id").addParameter(reader, "reader").addCode(bodies.build()).build());
    }
    for (SchemaHistory.Older o : history.upgrades()) {
      spec.addMethod(upgrade(o));
    }
    return spec.build();
  }

  /** The method that picks the chunk of {@code id}, highest first, as {@code Tl} does. */
  private MethodSpec.Builder chunked(String name, TypeName returns, List<List<SchemaHistory.Older>> chunks,
      boolean nullable, String args) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(PUBLIC)
        .returns(types.nullable(returns, nullable)).addParameter(TypeName.INT, "id");
    return DispatchGenerator.toChunk(m, chunks, SchemaHistory.Older::id, name, args);
  }

  private static boolean isInt(TypeName t) {
    return t.equals(TypeName.INT) || t.equals(TypeName.INT.box());
  }

  private static boolean isLong(TypeName t) {
    return t.equals(TypeName.LONG) || t.equals(TypeName.LONG.box());
  }

  /** {@code message_layer198} gives {@code messageLayer198}. */
  private static String upgradeName(SchemaHistory.Older o) {
    return JavaNames.fieldName(o.renamed().name().replace('.', '_'));
  }

  /**
   * Reads the old fields as the old definition's {@code decodeBare} would, then makes today's
   * record: each of its components from the old field of that name (widened where it was an
   * {@code int}), absent ({@code null}, {@code false}) where the old one had none.
   */
  private MethodSpec upgrade(SchemaHistory.Older o) {
    OldBytes.Upgrade decision = (OldBytes.Upgrade) o.decision();
    JavaRecord from = model.upgrade(o.id());
    JavaRecord into = model.record(decision.today());
    Map<String, JavaField> old = from.fields().stream()
        .collect(Collectors.toMap(JavaField::tlName, f -> f));
    CodeBlock.Builder body = CombinatorGenerator.readFields(from, wire).toBuilder();
    List<CodeBlock> args = new ArrayList<>();
    for (JavaField f : into.components()) {
      JavaField was = old.get(f.tlName());
      if (was == null) {
        args.add(CodeBlock.of(f.isTrueFlag() ? "false" : f.nullable() ? "null" : "0"));
        continue;
      }
      String local = from.decodeLocal(was);
      boolean widened = isInt(was.type()) && isLong(f.type());
      if (!widened) {
        args.add(CodeBlock.of("$L", local));
      } else if (was.nullable()) {
        args.add(CodeBlock.of("$L == null ? null : $L.longValue()", local, local));
      } else {
        args.add(CodeBlock.of("(long) $L", local));
      }
    }
    body.addStatement(into.typeVariables().isEmpty() ? "return new $T($L)" : "return new $T<>($L)",
        into.className(), CodeBlock.join(args, ",$W"));
    return MethodSpec.methodBuilder(upgradeName(o))
        .addJavadoc("{@code $L} of layer $L into today's {@code $L}$L.\n", o.old().name(), o.layer(),
            decision.today().name(), decision.lossless() ? ""
                : ", dropping " + String.join(", ", decision.droppedFields()))
        .addModifiers(PRIVATE, STATIC).returns(into.typeVariables().isEmpty() ? into.className()
            : ParameterizedTypeName.get(into.className(), into.typeVariables().stream()
                .map(v -> WildcardTypeName.subtypeOf(Object.class)).toArray(TypeName[]::new)))
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build();
  }
}
