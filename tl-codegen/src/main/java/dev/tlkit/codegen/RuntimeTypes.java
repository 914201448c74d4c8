package dev.tlkit.codegen;

import com.palantir.javapoet.ClassName;

/** The tl-runtime classes generated code uses, named once. */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final String PACKAGE = "dev.tlkit.runtime";
  static final ClassName TL_OBJECT = ClassName.get(PACKAGE, "TlObject");
  static final ClassName TL_FUNCTION = ClassName.get(PACKAGE, "TlFunction");
  static final ClassName TL_READER = ClassName.get(PACKAGE, "TlReader");
  static final ClassName TL_WRITER = ClassName.get(PACKAGE, "TlWriter");
  static final ClassName REQUIRED_FIELDS = ClassName.get(PACKAGE, "RequiredFields");
  /** JSpecify's annotations, for {@link GeneratorOptions#nullMarked()}. */
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final ClassName TL_BYTES = ClassName.get(PACKAGE, "TlBytes");
  static final ClassName TL_IDS = ClassName.get(PACKAGE, "TlIds");
  static final ClassName TL_LIST = ClassName.get(PACKAGE, "TlList");
  static final ClassName TL_RAW_OBJECT = ClassName.get(PACKAGE, "TlRawObject");
  static final ClassName TL_SCHEMA = ClassName.get(PACKAGE, "TlSchema");

  static final ClassName TL_HISTORY = ClassName.get(PACKAGE, "TlHistory");

  static final ClassName TL_STORED = ClassName.get(PACKAGE, "TlStored");
  static final ClassName TL_JSON_SCHEMA = ClassName.get(PACKAGE + ".json", "TlJsonSchema");
  static final ClassName TL_JSON_FIELDS = ClassName.get(PACKAGE + ".json", "TlJsonFields");
  static final ClassName TL_DECODE_EXCEPTION = ClassName.get(PACKAGE, "TlDecodeException");
  static final ClassName TL_FIELD_VISITOR = ClassName.get(PACKAGE, "TlFieldVisitor");
  static final ClassName RPC_ERROR_INFO = ClassName.get(PACKAGE, "RpcErrorInfo");
  static final ClassName RPC_ERROR_CATALOGUE = ClassName.get(PACKAGE, "RpcErrorCatalogue");
  static final ClassName RPC_EXCEPTION = ClassName.get(PACKAGE, "RpcException");
}
