package dev.tlkit.codegen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.tlkit.schema.Combinator;
import java.util.List;

/**
 * Generates the nested {@code Builder} of a record. Required primitives are held boxed in the
 * builder, so that "never set" is visible and {@code build()} can name the missing field; flag
 * fields ({@code #}) have no setter at all, they are computed when writing.
 */
final class BuilderGenerator {
  private final JavaTypes types;
  private final Combinator combinator;
  private final ClassName record;
  private final List<TypeVariableName> vars;
  private final List<JavaField> components;
  private final java.util.function.Function<JavaField, String> description;
  private final ClassName builderClass;
  private final TypeName builderType;

  /**
   * @param description the documentation of a field as Javadoc, or empty: each setter repeats it,
   *     since an IDE shows a setter's Javadoc, not the record's {@code @param}
   */
  BuilderGenerator(JavaTypes types, Combinator c, ClassName record, List<TypeVariableName> vars,
      List<JavaField> components, java.util.function.Function<JavaField, String> description) {
    this.types = types;
    this.combinator = c;
    this.record = record;
    this.vars = vars;
    this.components = components;
    this.description = description;
    this.builderClass = record.nestedClass("Builder");
    this.builderType = vars.isEmpty()
        ? builderClass
        : ParameterizedTypeName.get(builderClass, vars.toArray(TypeName[]::new));
  }

  void addTo(TypeSpec.Builder target) {
    TypeName recordType = vars.isEmpty()
        ? record
        : ParameterizedTypeName.get(record, vars.toArray(TypeName[]::new));
    target.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder with no field set.\n")
        .addModifiers(PUBLIC, STATIC).addTypeVariables(vars).returns(builderType)
        .addStatement("return new $T()", builderType)
        .build());
    // A changed copy starts as a builder given each value through its setter: the setters are
    // the one place that says how a value is held.
    CodeBlock.Builder copy = CodeBlock.builder().add("return new $T()", builderType);
    for (JavaField f : components) {
      copy.add("$Z.$L(this.$L)", f.name(), f.name());
    }
    target.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("A builder holding this object's fields, to build a changed copy.\n")
        .addModifiers(PUBLIC).returns(builderType)
        .addStatement("$L", copy.build())
        .build());

    TypeSpec.Builder builder = TypeSpec.classBuilder(builderClass)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addTypeVariables(vars)
        .addJavadoc("Builds {@link $T}: set the fields, then call {@link #build()}.\n", record);
    for (JavaField f : components) {
      // A reference is null until set, whether the field is optional or not.
      builder.addField(types.nullable(f.builderType(), true), f.name(), PRIVATE);
      builder.addMethod(setter(f));
      if (f.type().equals(RuntimeTypes.TL_BYTES)) {
        builder.addMethod(byteArraySetter(f));
      }
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(PUBLIC).returns(recordType);
    List<JavaField> required = components.stream().filter(JavaField::required).toList();
    if (required.isEmpty()) {
      build.addJavadoc("Builds the object: every field is optional.\n");
    } else {
      build.addJavadoc("Builds the object.\n\n@throws IllegalStateException naming every required field that is not set\n");
      CodeBlock.Builder check = CodeBlock.builder()
          .add("$T.check($S", RuntimeTypes.REQUIRED_FIELDS, combinator.name());
      for (JavaField f : required) {
        check.add(",$Wthis.$L, $S", f.name(), f.name() + " (" + f.tlName() + ")");
      }
      build.addStatement(check.add(")").build());
    }
    String args = String.join(", ", components.stream().map(f -> "this." + f.name()).toList());
    build.addStatement(vars.isEmpty() ? "return new $T($L)" : "return new $T<>($L)", record, args);
    builder.addMethod(build.build());
    target.addType(builder.build());
  }

  /** The convenience of passing a {@code byte[]}: copied, so the caller may reuse the array. */
  private MethodSpec byteArraySetter(JavaField f) {
    return MethodSpec.methodBuilder(f.name())
        .addJavadoc("Sets {@code $L} to a copy of {@code $L}$L.\n$L", f.tlName(), f.name(),
            f.nullable() ? "; null makes it absent" : "", described(f))
        .addModifiers(PUBLIC).returns(builderType)
        .addParameter(types.nullable(ArrayTypeName.of(TypeName.BYTE), f.nullable()), f.name())
        .addStatement("this.$L = $L == null ? null : $T.of($L)", f.name(), f.name(),
            RuntimeTypes.TL_BYTES, f.name())
        .addStatement("return this")
        .build();
  }

  private MethodSpec setter(JavaField f) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(f.name())
        .addModifiers(PUBLIC).returns(builderType);
    if (f.isVector()) {
      // Accept a list of any subtype; the record's constructor copies it into an immutable list.
      ParameterizedTypeName list = (ParameterizedTypeName) f.type();
      TypeName element = list.typeArguments().get(0);
      TypeName accepted = element instanceof ClassName c && c.packageName().equals("java.lang")
          ? list
          : ParameterizedTypeName.get(list.rawType(), WildcardTypeName.subtypeOf(element));
      m.addParameter(types.nullable(accepted, f.nullable()), f.name());
      m.addStatement("this.$L = $L == null ? null : $T.$L($L)", f.name(), f.name(),
          RuntimeTypes.TL_LIST, f.listCopy(), f.name());
    } else {
      m.addParameter(types.declared(f), f.name());
      m.addStatement("this.$L = $L", f.name(), f.name());
    }
    if (f.nullable()) {
      m.addJavadoc("Sets {@code $L}; null makes it absent.\n$L", f.tlName(), described(f));
    } else {
      m.addJavadoc("Sets {@code $L}.\n$L", f.tlName(), described(f));
    }
    return m.addStatement("return this").build();
  }

  /** The field's documentation as a paragraph of a setter's Javadoc, or nothing. */
  private String described(JavaField f) {
    String text = description.apply(f);
    return text.isEmpty() ? "" : "\n<p>" + text + "\n";
  }
}
