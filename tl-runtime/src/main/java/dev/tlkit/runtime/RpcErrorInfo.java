package dev.tlkit.runtime;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One error of an API's error catalogue, as the generated catalogue class lists them.
 *
 * @param code the code the error comes with, such as 420
 * @param name the name as the catalogue writes it: {@code USER_PRIVACY_RESTRICTED}, or with
 *     {@code %d} where the server puts a number: {@code FLOOD_WAIT_%d}
 * @param description what the error means, as plain text; "" if the catalogue does not say
 * @param parameter what the number in place of {@code %d} is (such as {@code seconds}); "" if the
 *     name has no {@code %d} or the catalogue does not say
 */
public record RpcErrorInfo(int code, String name, String description, String parameter) {
  private static final String NUMBER = "%d";
  private static final int MAX_DIGITS = 18;

  /**
   * Checks that the name and texts are there.
   *
   * @param code the code
   * @param name the name, not empty
   * @param description the description
   * @param parameter the meaning of {@code %d}
   */
  public RpcErrorInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(parameter, "parameter");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an error needs a name");
    }
  }

  /**
   * Whether the name has a {@code %d}, so that many messages are this error.
   *
   * @return true for {@code FLOOD_WAIT_%d}
   */
  public boolean isParameterized() {
    return name.contains(NUMBER);
  }

  /**
   * The number in {@code message} where the name has {@code %d}: 17 for {@code FLOOD_WAIT_17}.
   *
   * @param message an {@code rpc_error}'s {@code error_message}
   * @return the number; empty if the message is not this error, or the name has no {@code %d}
   */
  public OptionalLong parameterIn(String message) {
    int at = name.indexOf(NUMBER);
    if (at < 0) {
      return OptionalLong.empty();
    }
    String prefix = name.substring(0, at);
    String suffix = name.substring(at + NUMBER.length());
    int digits = message.length() - prefix.length() - suffix.length();
    if (digits < 1 || digits > MAX_DIGITS || !message.startsWith(prefix) || !message.endsWith(suffix)) {
      return OptionalLong.empty();
    }
    String number = message.substring(prefix.length(), prefix.length() + digits);
    for (int i = 0; i < number.length(); i++) {
      if (number.charAt(i) < '0' || number.charAt(i) > '9') {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(Long.parseLong(number));
  }

  /**
   * Whether {@code message} is this error: its name, or its name with a number for {@code %d}.
   *
   * @param message an {@code rpc_error}'s {@code error_message}
   * @return true if it is
   */
  public boolean matches(String message) {
    return name.equals(message) || parameterIn(message).isPresent();
  }

  /**
   * The class of this error's code.
   *
   * @return such as {@link RpcErrorClass#FLOOD}
   */
  public RpcErrorClass codeClass() {
    return RpcErrorClass.of(code);
  }
}
