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
import dev.tlkit.schema.Combinator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Generates {@code Tl}: decoding of any object by its id, id-to-name lookup for error messages,
 * and the schema's layer. The id {@code switch}es are split into chunks of {@value #CHUNK} cases,
 * each in its own method, so no method comes near the JVM's 64 KB limit however big the schema.
 */
final class DispatchGenerator {
  static final int CHUNK = 256;

  private final JavaModel model;
  private final JavaTypes types;
  private final OptionalInt gzipPackedId;

  DispatchGenerator(JavaModel model) {
    this.model = model;
    this.types = model.types();
    this.gzipPackedId = model.gzipPackedId();
  }

  /** {@code items} sorted by id, in chunks of {@value #CHUNK}; one empty chunk if there are none. */
  static <T> List<List<T>> chunks(List<T> items, java.util.function.ToIntFunction<T> id) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(id));
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += CHUNK) {
      chunks.add(sorted.subList(i, Math.min(sorted.size(), i + CHUNK)));
    }
    if (chunks.isEmpty()) {
      chunks.add(List.of());
    }
    return chunks;
  }

  /**
   * Adds to {@code m} the statements that hand {@code id} to the chunk method ({@code name0},
   * {@code name1}, ...) whose ids it is among, comparing with each chunk's lowest id, highest first.
   *
   * @param args the arguments passed on ({@code "id"}, {@code "id, reader"})
   */
  static <T> MethodSpec.Builder toChunk(MethodSpec.Builder m, List<List<T>> chunks,
      java.util.function.ToIntFunction<T> id, String name, String args) {
    for (int i = chunks.size() - 1; i >= 1; i--) {
      m.addStatement("if (id >= 0x$L) return $L$L($L)", String.format("%08x", id.applyAsInt(chunks.get(i).get(0))),
          name, i, args);
    }
    return m.addStatement("return $L0($L)", name, args);
  }

  /** An id's name for errors: today's definitions, the kept old shapes, and the upgrades' old names. */
  private record Named(int id, CodeBlock label, String name) {}

  TypeSpec generate(List<Combinator> all, OptionalInt layer) {
    // Strict decoding knows today's ids only; an earlier layer's go to the default branch.
    List<List<Combinator>> chunks = chunks(all.stream().filter(c -> !model.isOldShape(c)).toList(), Combinator::id);
    List<Named> named = new ArrayList<>();
    for (Combinator c : all) {
      named.add(new Named(c.id(), CodeBlock.of("$T.ID", types.classOf(c)), c.name()));
    }
    for (var o : model.history().upgrades()) {
      named.add(new Named(o.id(), CodeBlock.of("0x$L", o.renamed().idHex()), o.renamed().name()));
    }
    List<List<Named>> nameChunks = chunks(named, Named::id);
    TypeSpec.Builder tl = TypeSpec.classBuilder(types.dispatchClass())
        .addModifiers(PUBLIC, FINAL)
        .alwaysQualify(types.shadowedJavaLang())
        .addJavadoc("Entry points for the whole schema: decode any object by its constructor id.\n");
    tl.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    if (layer.isPresent()) {
      tl.addField(FieldSpec.builder(TypeName.INT, "LAYER", PUBLIC, STATIC, FINAL)
          .addJavadoc("The schema's layer ({@code // LAYER $L}).\n", layer.getAsInt())
          .initializer("$L", layer.getAsInt()).build());
    }
    ClassName reader = RuntimeTypes.TL_READER;
    ClassName object = RuntimeTypes.TL_OBJECT;
    tl.addField(FieldSpec.builder(RuntimeTypes.TL_SCHEMA, "SCHEMA", PUBLIC, STATIC, FINAL)
        .addJavadoc("What every decoder of this schema passes to the runtime: the names of its ids, for errors,\n"
            + "and $L.\n", gzipPackedId.isPresent() ? "the id of its {@code gzip_packed}, which a boxed value may come as"
                : "that it has no {@code gzip_packed}")
        .initializer(gzipPackedId.isPresent()
            ? CodeBlock.of("new $T($T::nameOf, 0x$L)", RuntimeTypes.TL_SCHEMA, types.dispatchClass(),
                Integer.toHexString(gzipPackedId.getAsInt()))
            : CodeBlock.of("new $T($T::nameOf)", RuntimeTypes.TL_SCHEMA, types.dispatchClass()))
        .build());
    tl.addField(FieldSpec.builder(RuntimeTypes.TL_JSON_SCHEMA, "JSON", PUBLIC, STATIC, FINAL)
        .addJavadoc("This schema's objects as JSON, both ways, by the shapes in {@code $L} next to this class.\n",
            JavaGenerator.SHAPES_FILE)
        .initializer("new $T($T.class, $T::decode, $T::fromJson)", RuntimeTypes.TL_JSON_SCHEMA,
            types.dispatchClass(), types.dispatchClass(), types.dispatchClass())
        .build());
    tl.addMethod(MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes one boxed object that fills {@code bytes} exactly.\n"
            + "@throws $T if the bytes are not exactly one known object\n", RuntimeTypes.TL_DECODE_EXCEPTION)
        .addModifiers(PUBLIC, STATIC).returns(object)
        .addParameter(byte[].class, "bytes")
        .addStatement("$T reader = new $T(bytes)", reader, reader)
        .addStatement("$T value = decodeObject(reader)", object)
        .addStatement("reader.expectEnd()")
        .addStatement("return value").build());
    tl.addMethod(MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes one boxed object that fills {@code input} from its position to its limit, heap or\n"
            + "direct, little-endian whatever the buffer's order. On success the position moves to the\n"
            + "limit; on failure it stays.\n"
            + "@throws $T if the bytes are not exactly one known object\n", RuntimeTypes.TL_DECODE_EXCEPTION)
        .addModifiers(PUBLIC, STATIC).returns(object)
        .addParameter(java.nio.ByteBuffer.class, "input")
        .addStatement("$T reader = new $T(input)", reader, reader)
        .addStatement("$T value = decodeObject(reader)", object)
        .addStatement("reader.expectEnd()")
        .addStatement("input.position(input.limit())")
        .addStatement("return value").build());

    CodeBlock.Builder decodeObject = decodeObjectBody(chunks);
    decodeObject.addStatement("reader.exit()").addStatement("return value");
    tl.addMethod(MethodSpec.methodBuilder("decodeObject")
        .addJavadoc("Reads one boxed object of any type, by its constructor id. A {@code gzip_packed}\n"
            + "object is inflated and its content returned.\n")
        .addModifiers(PUBLIC, STATIC).returns(object)
        .addParameter(reader, "reader")
        .addCode(decodeObject.build()).build());

    TypeName anyFunction = ParameterizedTypeName.get(RuntimeTypes.TL_FUNCTION, WildcardTypeName.subtypeOf(Object.class));
    tl.addMethod(MethodSpec.methodBuilder("decodeFunction")
        .addJavadoc("Reads one boxed function call (the {@code !X} of {@code invokeWithLayer} and its kin).\n")
        .addModifiers(PUBLIC, STATIC).returns(anyFunction)
        .addParameter(reader, "reader")
        .addStatement("int start = reader.position()")
        .addStatement("$T value = decodeObject(reader)", object)
        .beginControlFlow("if (value instanceof $T function)", anyFunction)
        .addStatement("return function")
        .endControlFlow()
        .addStatement("throw new $T(\"expected a function, found \" + value.tlName(), start)", RuntimeTypes.TL_DECODE_EXCEPTION)
        .build());

    for (int i = 0; i < chunks.size(); i++) {
      CodeBlock.Builder sw = CodeBlock.builder().beginControlFlow("switch (id)");
      for (Combinator c : chunks.get(i)) {
        ClassName cls = types.classOf(c);
        sw.addStatement("case $T.ID: return $T.decodeBare(reader)", cls, cls);
      }
      if (model.history().older().isEmpty()) {
        sw.addStatement("default: throw SCHEMA.unexpected(id, \"any object\", reader.position() - 4)").endControlFlow();
      } else {
        sw.addStatement("default: return reader.older(id, $T.class, \"any object\", SCHEMA)", object).endControlFlow();
      }
      tl.addMethod(MethodSpec.methodBuilder("decode" + i)
          .addModifiers(PRIVATE, STATIC).returns(object)
          .addParameter(TypeName.INT, "id").addParameter(reader, "reader")
          .addCode(sw.build()).build());
    }

    // Every record the shape table names, an earlier layer's shapes too: JSON names any of them.
    List<List<Combinator>> jsonChunks = chunks(all, Combinator::id);
    MethodSpec.Builder fromJson = MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Builds the object of the constructor or function {@code id} from the fields its JSON gave,\n"
            + "read and checked by the runtime's JSON reader ({@code JSON}).\n"
            + "@throws IllegalArgumentException if the schema has no definition of this id\n")
        .addModifiers(PUBLIC, STATIC).returns(object)
        .addParameter(TypeName.INT, "id").addParameter(RuntimeTypes.TL_JSON_FIELDS, "fields");
    tl.addMethod(toChunk(fromJson, jsonChunks, Combinator::id, "fromJson", "id, fields").build());
    for (int i = 0; i < jsonChunks.size(); i++) {
      CodeBlock.Builder sw = CodeBlock.builder().beginControlFlow("switch (id)");
      for (Combinator c : jsonChunks.get(i)) {
        ClassName cls = types.classOf(c);
        sw.addStatement("case $T.ID: return $T.fromJson(fields)", cls, cls);
      }
      sw.addStatement("default: throw new $T(\"no definition has the id \" + $T.hex(id))",
          IllegalArgumentException.class, RuntimeTypes.TL_IDS).endControlFlow();
      tl.addMethod(MethodSpec.methodBuilder("fromJson" + i)
          .addModifiers(PRIVATE, STATIC).returns(object)
          .addParameter(TypeName.INT, "id").addParameter(RuntimeTypes.TL_JSON_FIELDS, "fields")
          .addCode(sw.build()).build());
    }

    MethodSpec.Builder nameOf = MethodSpec.methodBuilder("nameOf")
        .addJavadoc("The TL name of the constructor or function with this id, or null if the schema has none.\n")
        .addModifiers(PUBLIC, STATIC).returns(types.nullable(ClassName.get(String.class), true))
        .addParameter(TypeName.INT, "id");
    tl.addMethod(toChunk(nameOf, nameChunks, Named::id, "nameOf", "id").build());
    for (int i = 0; i < nameChunks.size(); i++) {
      CodeBlock.Builder sw = CodeBlock.builder().beginControlFlow("switch (id)");
      for (Named n : nameChunks.get(i)) {
        sw.addStatement("case $L: return $S", n.label(), n.name());
      }
      sw.addStatement("default: return null").endControlFlow();
      tl.addMethod(MethodSpec.methodBuilder("nameOf" + i)
          .addModifiers(PRIVATE, STATIC).returns(types.nullable(ClassName.get(String.class), true))
          .addParameter(TypeName.INT, "id")
          .addCode(sw.build()).build());
    }

    return tl.build();
  }

  /** Reads the id, then picks the chunk by comparing with each chunk's lowest id, highest first. */
  private CodeBlock.Builder decodeObjectBody(List<List<Combinator>> chunks) {
    CodeBlock.Builder b = CodeBlock.builder().addStatement("int id = reader.readInt()");
    if (gzipPackedId.isPresent()) {
      b.beginControlFlow("if (SCHEMA.isGzipPacked(id))")
          .addStatement("$T inflated = reader.inflate(reader.readBytes())", RuntimeTypes.TL_READER)
          .addStatement("$T value = decodeObject(inflated)", RuntimeTypes.TL_OBJECT)
          .addStatement("inflated.expectEnd()")
          .addStatement("return value")
          .endControlFlow();
    }
    b.beginControlFlow("if (id == $T.VECTOR)", RuntimeTypes.TL_IDS)
        .add("// A vector says nothing of its elements' type: keep its bytes for whoever knows it.\n")
        .addStatement("return $T.of(id, reader.readRemaining())", RuntimeTypes.TL_RAW_OBJECT)
        .endControlFlow()
        .addStatement("reader.enter()")
        .addStatement("$T value", RuntimeTypes.TL_OBJECT);
    if (chunks.size() == 1) {
      return b.addStatement("value = decode0(id, reader)");
    }
    for (int i = chunks.size() - 1; i >= 0; i--) {
      if (i == chunks.size() - 1) {
        b.beginControlFlow("if (id >= 0x$L)", chunks.get(i).get(0).idHex());
      } else if (i > 0) {
        b.nextControlFlow("else if (id >= 0x$L)", chunks.get(i).get(0).idHex());
      } else {
        b.nextControlFlow("else");
      }
      b.addStatement("value = decode$L(id, reader)", i);
    }
    return b.endControlFlow();
  }
}
