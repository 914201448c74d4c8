package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.SEALED;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.TlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates the sealed interface of a boxed type with several constructors, with a decoder that
 * dispatches on the constructor id: a {@code switch} over that type's ids only, so a wrong
 * constructor is caught where it is read.
 */
final class TypeGenerator {
  private final JavaTypes types;
  private final boolean gzipPacked;
  private final GeneratedDocs docs;

  TypeGenerator(JavaTypes types, boolean gzipPacked, GeneratedDocs docs) {
    this.types = types;
    this.gzipPacked = gzipPacked;
    this.docs = docs;
  }

  /**
   * A component that every constructor has, with one name and one Java type: declared on the
   * interface, so that {@code TypeUser.id()} needs no {@code switch} over the constructors. They
   * are the records' own accessors, so nothing else is generated. {@code nullable} where one
   * constructor has it as an optional field, which may be absent.
   */
  private record Shared(Field field, boolean nullable) {}

  /** The shared components, in the first constructor's order. */
  private List<Shared> sharedComponents(List<Combinator> constructors) {
    List<List<Field>> all = constructors.stream()
        .map(c -> Field.of(c, types).stream().filter(Field::isComponent).toList())
        .toList();
    List<Shared> shared = new ArrayList<>();
    for (Field f : all.get(0)) {
      if (mentionsTypeVariable(f.type())) {
        continue;
      }
      List<Field> same = all.stream().flatMap(fields -> fields.stream()
          .filter(g -> g.javaName().equals(f.javaName()) && g.type().equals(f.type()))
          .limit(1)).toList();
      if (same.size() == all.size()) {
        shared.add(new Shared(f, same.stream().anyMatch(Field::isNullable)));
      }
    }
    return shared;
  }

  /** A type variable of a generic record ({@code X} of {@code !X}) means nothing on the interface. */
  private static boolean mentionsTypeVariable(TypeName t) {
    return t instanceof TypeVariableName
        || t instanceof ParameterizedTypeName p && p.typeArguments().stream()
            .anyMatch(TypeGenerator::mentionsTypeVariable);
  }

  TypeSpec generate(TlType type) {
    ClassName self = types.classOf(type);
    List<Combinator> constructors = type.constructors().stream()
        .sorted(Comparator.comparing(c -> types.classOf(c).simpleName()))
        .toList();
    TypeSpec.Builder iface = TypeSpec.interfaceBuilder(self)
        .addModifiers(PUBLIC, SEALED)
        .addSuperinterface(RuntimeTypes.TL_OBJECT)
        .alwaysQualify(types.shadowedJavaLang());
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = docs.typeDescription(type);
    if (!description.isEmpty()) {
      doc.add("$L\n\n<p>", docs.javadoc(description));
    }
    doc.add("The boxed type {@code $L}: one of\n<ul>\n", type.name());
    for (Combinator c : type.constructors()) {
      doc.add("  <li>{@link $T} ({@code $L#$L})\n", types.classOf(c), c.name(), c.idHex());
    }
    doc.add("</ul>\n");
    iface.addJavadoc(doc.build());
    constructors.forEach(c -> iface.addPermittedSubclass(types.classOf(c)));
    for (Shared shared : sharedComponents(constructors)) {
      Field f = shared.field();
      iface.addMethod(MethodSpec.methodBuilder(f.javaName())
          .addJavadoc("Returns {@code $L}, which every constructor of {@code $L} has.\n",
              f.tlName(), type.name())
          .addModifiers(PUBLIC, ABSTRACT).returns(types.nullable(f.type(), shared.nullable())).build());
    }

    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("int id = reader.readInt()");
    body.addStatement("reader.enter()");
    body.addStatement("$T value", self);
    body.beginControlFlow("switch (id)");
    for (Combinator c : constructors) {
      ClassName cls = types.classOf(c);
      body.addStatement("case $T.ID -> value = $T.decodeBare(reader)", cls, cls);
    }
    if (gzipPacked) {
      body.addStatement("case $T.GZIP_PACKED -> value = reader.decodeInflated($T::decode)",
          RuntimeTypes.TL_IDS, self);
    }
    body.addStatement("default -> throw $T.unexpected(id, $S, reader)", types.dispatchClass(), type.name());
    body.endControlFlow();
    body.addStatement("reader.exit()");
    body.addStatement("return value");
    iface.addMethod(MethodSpec.methodBuilder("decode")
        .addJavadoc("Reads a boxed {@code $L}: any of its constructors, by id.\n", type.name())
        .addModifiers(PUBLIC, STATIC).returns(self)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build());
    return iface.build();
  }
}
