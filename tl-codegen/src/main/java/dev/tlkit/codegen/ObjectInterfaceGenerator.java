package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.DEFAULT;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

/**
 * Generates the package's {@link JavaNames#OBJECT_INTERFACE}: the one place that gives a generated
 * object its TL name, from the dispatcher's table by constructor id, so that no record repeats a
 * {@code tlName()} of its own (2,512 methods in the Telegram API).
 */
final class ObjectInterfaceGenerator {
  private final JavaTypes types;

  ObjectInterfaceGenerator(JavaTypes types) {
    this.types = types;
  }

  TypeSpec generate() {
    return TypeSpec.interfaceBuilder(types.objectInterface())
        .addModifiers(PUBLIC)
        .addSuperinterface(RuntimeTypes.TL_OBJECT)
        .alwaysQualify(types.shadowedJavaLang())
        .addJavadoc("An object of this package's schema: every generated record is one, through its"
            + " type's\nsealed interface or directly.\n")
        .addMethod(MethodSpec.methodBuilder("tlName")
            .addJavadoc("Returns the TL name of the object's constructor, as the schema writes it"
                + " ({@code TL_NAME}),\nfrom {@link $T#nameOf(int)}.\n", types.dispatchClass())
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC, DEFAULT).returns(String.class)
            .addStatement("$T name = $T.nameOf(constructorId())", String.class, types.dispatchClass())
            // Only an object of another schema that implements this interface has no name here.
            .addStatement("return name != null ? name : $S", "?")
            .build())
        .build();
  }
}
