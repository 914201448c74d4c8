package dev.tlkit.runtime;

/**
 * The class of an {@code rpc_error}, given by its code, as MTProto defines them: the code says what
 * kind of failure it is and what the client can do about it, the name says which one.
 */
public enum RpcErrorClass {
  /** 303: the request must be repeated on another data centre, named in the error. */
  SEE_OTHER(303),
  /** 400: the request has bad or missing data; repeating it unchanged fails again. */
  BAD_REQUEST(400),
  /** 401: the authorization key is missing, unknown or not allowed to do this. */
  UNAUTHORIZED(401),
  /** 403: the account may not do this. */
  FORBIDDEN(403),
  /** 404: the object or method does not exist. */
  NOT_FOUND(404),
  /** 406: the request cannot be done now; the error is usually shown to the user as it is. */
  NOT_ACCEPTABLE(406),
  /** 420: too many requests; the error says how many seconds to wait. */
  FLOOD(420),
  /** 500: the server failed; the request may be repeated later. */
  INTERNAL(500),
  /** Any other code (such as -503, a timeout). */
  OTHER(0);

  private final int code;

  RpcErrorClass(int code) {
    this.code = code;
  }

  /**
   * The code of this class.
   *
   * @return the code, such as 420; 0 for {@link #OTHER}
   */
  public int code() {
    return code;
  }

  /**
   * The class of a code.
   *
   * @param code an {@code rpc_error}'s {@code error_code}
   * @return its class, {@link #OTHER} for a code MTProto does not define
   */
  public static RpcErrorClass of(int code) {
    for (RpcErrorClass c : values()) {
      if (c.code == code && c != OTHER) {
        return c;
      }
    }
    return OTHER;
  }
}
