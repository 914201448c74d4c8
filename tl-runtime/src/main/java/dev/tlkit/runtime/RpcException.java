package dev.tlkit.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An {@code rpc_error} the server answered, as an exception a program can ask questions of: its
 * code and the class of that code, which known error it is, and the number of a {@code %d} error.
 * {@code FLOOD_WAIT_17} is the catalogue's {@code FLOOD_WAIT_%d} with {@link #parameter()} 17; a
 * message the catalogue does not know is kept as it came, with {@link #info()} empty.
 *
 * <p>Build one with the generated catalogue ({@code RpcErrors.exception(rpcError)}), or with
 * {@link RpcErrorCatalogue#exception(int, String)}.
 */
public final class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String errorMessage;
  private final transient RpcErrorInfo info;

  /**
   * An exception for an {@code rpc_error}.
   *
   * @param code its {@code error_code}
   * @param errorMessage its {@code error_message}, as it came
   * @param info the catalogue's error that the message is, or null if it is not known
   * @throws IllegalArgumentException if {@code info} is given and the message is not that error
   */
  public RpcException(int code, String errorMessage, RpcErrorInfo info) {
    super(describe(code, errorMessage, info));
    this.code = code;
    this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
    if (info != null && !info.matches(errorMessage)) {
      throw new IllegalArgumentException(errorMessage + " is not " + info.name());
    }
    this.info = info;
  }

  private static String describe(int code, String message, RpcErrorInfo info) {
    String text = code + " " + message;
    if (info != null && !info.description().isEmpty()) {
      text += ": " + info.description();
    }
    return text;
  }

  /**
   * The code as it came.
   *
   * @return the {@code error_code}, such as 420
   */
  public int code() {
    return code;
  }

  /**
   * The class of the code.
   *
   * @return such as {@link RpcErrorClass#FLOOD} for 420
   */
  public RpcErrorClass codeClass() {
    return RpcErrorClass.of(code);
  }

  /**
   * The message as it came.
   *
   * @return the {@code error_message}, such as {@code FLOOD_WAIT_17}
   */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * The error's name: the catalogue's ({@code FLOOD_WAIT_%d}) if it knows the error, else the
   * message as it came.
   *
   * @return the name
   */
  public String name() {
    return info != null ? info.name() : errorMessage;
  }

  /**
   * The catalogue's error that this is.
   *
   * @return the error, or empty if the catalogue does not know the message
   */
  public Optional<RpcErrorInfo> info() {
    return Optional.ofNullable(info);
  }

  /**
   * Whether the catalogue knows this error.
   *
   * @return true if {@link #info()} is present
   */
  public boolean isKnown() {
    return info != null;
  }

  /**
   * The number in place of {@code %d}: 17 for {@code FLOOD_WAIT_17}.
   *
   * @return the number; empty if the error is not a known {@code %d} error
   */
  public OptionalLong parameter() {
    return info == null ? OptionalLong.empty() : info.parameterIn(errorMessage);
  }

  /**
   * Whether this is the error of that name: {@code is("FLOOD_WAIT_%d")} and
   * {@code is("FLOOD_WAIT_17")} are both true for {@code FLOOD_WAIT_17}.
   *
   * @param name a name of the catalogue, or a message
   * @return true if the message or the catalogue's name is {@code name}
   */
  public boolean is(String name) {
    return errorMessage.equals(name) || info != null && info.name().equals(name);
  }

  /**
   * Whether this is that error of the catalogue.
   *
   * @param error an error of the catalogue, such as {@code RpcErrors.FLOOD_WAIT_X}
   * @return true if the message is that error
   */
  public boolean is(RpcErrorInfo error) {
    return error.equals(info) || error.matches(errorMessage);
  }

  /**
   * Whether the code is of that class.
   *
   * @param codeClass a class, such as {@link RpcErrorClass#FLOOD}
   * @return true if it is
   */
  public boolean is(RpcErrorClass codeClass) {
    return codeClass() == codeClass;
  }
}
