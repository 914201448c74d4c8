package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.SEALED;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.TlType;

/**
 * Generates the sealed interface of a boxed type with several constructors, with a decoder that
 * dispatches on the constructor id: a {@code switch} over that type's ids only, so a wrong
 * constructor is caught where it is read.
 */
final class TypeGenerator {
  private final JavaModel javaModel;
  private final JavaTypes types;
  private final GeneratedDocs docs;

  TypeGenerator(JavaModel javaModel, GeneratedDocs docs) {
    this.javaModel = javaModel;
    this.types = javaModel.types();
    this.docs = docs;
  }

  TypeSpec generate(JavaSealedInterface model) {
    TlType type = model.type();
    ClassName self = model.className();
    TypeSpec.Builder iface = TypeSpec.interfaceBuilder(self)
        .addModifiers(PUBLIC, SEALED)
        .addSuperinterface(types.objectInterface())
        .alwaysQualify(types.shadowedJavaLang());
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = docs.typeDescription(type);
    if (!description.isEmpty()) {
      doc.add("$L\n\n<p>", docs.javadoc(description));
    }
    doc.add("The boxed type {@code $L}: one of\n<ul>\n", type.name());
    for (Combinator c : type.constructors()) {
      doc.add("  <li>{@link $T} ({@code $L#$L})$L\n", types.classOf(c), c.name(), c.idHex(),
          javaModel.isOldShape(c) ? ", an earlier layer's, read only from older layers" : "");
    }
    doc.add("</ul>\n");
    iface.addJavadoc(doc.build());
    model.permits().forEach(iface::addPermittedSubclass);
    for (JavaField a : model.accessors()) {
      iface.addMethod(MethodSpec.methodBuilder(a.name())
          .addJavadoc("Returns {@code $L}, which every constructor of {@code $L} has.\n",
              a.tlName(), type.name())
          .addModifiers(PUBLIC, ABSTRACT).returns(types.nullable(a.type(), a.nullable())).build());
    }

    // The runtime reads the id (or gzip_packed) and bounds the depth; the switch picks the body.
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T body = reader.readAnyBoxed($T.SCHEMA)", RuntimeTypes.TL_READER, types.dispatchClass())
        .add("return body.end(switch (body.boxedId()) {\n$>");
    // Today's ids only: an earlier layer's (an old shape's too) is read by the default branch, and
    // only by a reader that reads older layers.
    type.constructors().stream().filter(c -> !javaModel.isOldShape(c)).map(types::classOf)
        .sorted(java.util.Comparator.comparing(ClassName::simpleName))
        .forEach(cls -> body.add("case $T.ID -> $T.decodeBare(body);\n", cls, cls));
    if (javaModel.readsOlder(type)) {
      body.add("default -> body.older(body.boxedId(), $T.class, $S, $T.SCHEMA);\n", self, type.name(),
          types.dispatchClass());
    } else {
      body.add("default -> throw body.unexpected($S, $T.SCHEMA);\n", type.name(), types.dispatchClass());
    }
    body.add("$<});\n");
    iface.addMethod(MethodSpec.methodBuilder("decode")
        .addJavadoc("Reads a boxed {@code $L}: any of its constructors, by id.\n", type.name())
        .addModifiers(PUBLIC, STATIC).returns(self)
        .addParameter(RuntimeTypes.TL_READER, "reader")
        .addCode(body.build()).build());
    return iface.build();
  }
}
