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
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * Generates {@code RpcErrors}, the error catalogue of the docs: one {@code RpcErrorInfo} constant
 * per error, the catalogue of them all, and the factory of {@code RpcException}s, with an overload
 * taking the schema's own {@code rpc_error} where it has one.
 */
final class ErrorCatalogueGenerator {
  static final String CATALOGUE = "CATALOGUE";

  private final JavaModel model;
  private final JavaTypes types;
  private final GeneratedDocs docs;

  ErrorCatalogueGenerator(JavaModel model, GeneratedDocs docs) {
    this.model = model;
    this.types = model.types();
    this.docs = docs;
  }

  TypeSpec generate(Schema schema) {
    ClassName self = ClassName.get(types.packageName(), JavaNames.ERRORS_CLASS);
    TypeSpec.Builder cls = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .alwaysQualify(types.shadowedJavaLang())
        .addJavadoc("The errors the API is known to answer, from its documentation: "
            + "$L errors, each with its code, name and description.\n", docs.docs().errors().size())
        .addJavadoc("\n<p>{@link #exception(int, String)} turns an {@code rpc_error} into an {@link $T} "
            + "that knows which of them it is; a name with {@code %d} ({@code FLOOD_WAIT_%d}) is the "
            + "error of every message with a number in its place ({@code FLOOD_WAIT_17}). Each "
            + "function lists its own in {@code POSSIBLE_ERRORS}.\n", RuntimeTypes.RPC_EXCEPTION)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    CodeBlock.Builder all = CodeBlock.builder();
    boolean first = true;
    for (ErrorDoc e : docs.docs().errors().values()) {
      String constant = docs.constantOf(e.name());
      CodeBlock.Builder doc = CodeBlock.builder()
          .add("{@code $L} ($L)", Javadocs.code(e.name()), e.code());
      if (!e.description().isEmpty()) {
        doc.add(": $L", docs.javadoc(e.description()));
      }
      doc.add("\n");
      if (!e.parameter().isEmpty()) {
        doc.add("\n<p>{@code %d}: $L\n", Javadocs.text(e.parameter()));
      }
      cls.addField(FieldSpec.builder(RuntimeTypes.RPC_ERROR_INFO, constant, PUBLIC, STATIC, FINAL)
          .addJavadoc(doc.build())
          .initializer("$L", info(e))
          .build());
      all.add(first ? "\n$L" : ",\n$L", constant);
      first = false;
    }
    cls.addField(FieldSpec.builder(RuntimeTypes.RPC_ERROR_CATALOGUE, CATALOGUE, PUBLIC, STATIC, FINAL)
        .addJavadoc("Every error above, sorted by name.\n")
        .initializer("$T.of($T.of($>$L$<))", RuntimeTypes.RPC_ERROR_CATALOGUE, List.class, all.build())
        .build());
    cls.addMethod(MethodSpec.methodBuilder("find")
        .addJavadoc("The error that a message is: {@code FLOOD_WAIT_17} finds {@code FLOOD_WAIT_%d}.\n"
            + "\n@param message an {@code rpc_error}'s message, or a name of the catalogue\n"
            + "@return the error, or empty if the catalogue does not know it\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.RPC_ERROR_INFO))
        .addParameter(String.class, "message")
        .addStatement("return $L.find(message)", CATALOGUE)
        .build());
    cls.addMethod(MethodSpec.methodBuilder("exception")
        .addJavadoc("The exception for an {@code rpc_error}.\n"
            + "\n@param code its code\n@param message its message\n"
            + "@return the exception, knowing the catalogue's error if there is one\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(RuntimeTypes.RPC_EXCEPTION)
        .addParameter(TypeName.INT, "code")
        .addParameter(String.class, "message")
        .addStatement("return $L.exception(code, message)", CATALOGUE)
        .build());
    rpcError(schema).ifPresent(c -> {
      List<JavaField> fields = model.record(c).components();
      cls.addMethod(MethodSpec.methodBuilder("exception")
          .addJavadoc("The exception for an {@code rpc_error} the server answered.\n"
              + "\n@param error the error\n"
              + "@return the exception, knowing the catalogue's error if there is one\n")
          .addModifiers(PUBLIC, STATIC)
          .returns(RuntimeTypes.RPC_EXCEPTION)
          .addParameter(types.classOf(c), "error")
          .addStatement("return $L.exception(error.$L(), error.$L())", CATALOGUE,
              fields.get(0).name(), fields.get(1).name())
          .build());
    });
    return cls.build();
  }

  /** The expression of an error's {@code RpcErrorInfo}. */
  static CodeBlock info(ErrorDoc e) {
    return CodeBlock.of("new $T($L, $S, $S, $S)", RuntimeTypes.RPC_ERROR_INFO, e.code(), e.name(),
        DocText.plain(e.description()), e.parameter());
  }

  /** MTProto's {@code rpc_error error_code:int error_message:string}, if the schema has it. */
  private static Optional<Combinator> rpcError(Schema schema) {
    return schema.constructors().stream()
        .filter(c -> c.name().equals("rpc_error") && !c.isBuiltin())
        .filter(c -> c.parameters().size() == 2
            && c.parameters().get(0).type().toTl().equals("int")
            && c.parameters().get(1).type().toTl().equals("string"))
        .findFirst();
  }
}
