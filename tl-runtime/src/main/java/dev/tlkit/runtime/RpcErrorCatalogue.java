package dev.tlkit.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The errors an API is known to answer, by name; a generated class of the API holds its catalogue.
 * It turns an {@code rpc_error}'s code and message into an {@link RpcException} that knows which of
 * these errors it is, reading the number of a {@code %d} error such as {@code FLOOD_WAIT_17}.
 */
public final class RpcErrorCatalogue {
  private final List<RpcErrorInfo> all;
  private final Map<String, RpcErrorInfo> byName = new HashMap<>();
  private final List<RpcErrorInfo> parameterized = new ArrayList<>();

  private RpcErrorCatalogue(List<RpcErrorInfo> errors) {
    this.all = List.copyOf(errors);
    for (RpcErrorInfo e : all) {
      if (byName.putIfAbsent(e.name(), e) != null) {
        throw new IllegalArgumentException("error " + e.name() + " is listed twice");
      }
      if (e.isParameterized()) {
        parameterized.add(e);
      }
    }
  }

  /**
   * A catalogue of these errors.
   *
   * @param errors the errors, each name once
   * @return the catalogue
   * @throws IllegalArgumentException if a name is listed twice
   */
  public static RpcErrorCatalogue of(List<RpcErrorInfo> errors) {
    return new RpcErrorCatalogue(errors);
  }

  /**
   * Every error of the catalogue, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<RpcErrorInfo> all() {
    return Collections.unmodifiableList(all);
  }

  /**
   * The error that a message or a name is: {@code FLOOD_WAIT_17} and {@code FLOOD_WAIT_%d} both
   * find {@code FLOOD_WAIT_%d}. A name without {@code %d} wins over a pattern that also matches.
   *
   * @param message an {@code rpc_error}'s {@code error_message}, or a name of the catalogue
   * @return the error, or empty if the catalogue does not know it
   */
  public Optional<RpcErrorInfo> find(String message) {
    RpcErrorInfo exact = byName.get(message);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (RpcErrorInfo e : parameterized) {
      if (e.parameterIn(message).isPresent()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The exception for an {@code rpc_error}.
   *
   * @param code its {@code error_code}
   * @param message its {@code error_message}
   * @return the exception, which knows the catalogue's error if there is one
   */
  public RpcException exception(int code, String message) {
    return new RpcException(code, message, find(message).orElse(null));
  }
}
