package dev.tlkit.codegen.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documentation of one constructor or function. Texts are in the docs markup ({@link DocText}).
 *
 * @param description what it is or does; "" if undocumented
 * @param params each parameter's description, by TL parameter name, in schema order
 * @param callers for functions, who may call it
 * @param errors for functions, the errors it may answer, in the documentation's order
 */
public record DefinitionDocs(
    String description, Map<String, String> params, Callers callers, List<FunctionError> errors) {
  public static final DefinitionDocs EMPTY = new DefinitionDocs("", Map.of(), Callers.UNKNOWN, List.of());

  public DefinitionDocs {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    errors = List.copyOf(errors);
  }

  /** A parameter's description, or "". */
  public String param(String name) {
    return params.getOrDefault(name, "");
  }

  public boolean isEmpty() {
    return description.isEmpty() && params.isEmpty() && callers == Callers.UNKNOWN && errors.isEmpty();
  }
}
