package dev.tlkit.runtime;

/**
 * A TL function, a request whose answer has type {@code R}. Each generated function knows how to
 * decode its own result, so that a client holding only the request can decode the answer with the
 * right type.
 *
 * @param <R> the Java type of the result
 */
public interface TlFunction<R> extends TlObject {
  /**
   * Decodes a result of this function from {@code r}, leaving the reader after it.
   *
   * @param r the reader, at the start of the result
   * @return the result
   * @throws TlDecodeException if the bytes are not a valid result
   */
  R decodeResult(TlReader r);

  /**
   * Decodes a result of this function that fills all of {@code bytes}.
   *
   * @param bytes the encoded result
   * @return the result
   * @throws TlDecodeException if the bytes are not a valid result or bytes are left over
   */
  default R decodeResult(byte[] bytes) {
    TlReader r = new TlReader(bytes);
    R v = decodeResult(r);
    r.expectEnd();
    return v;
  }

  /**
   * Decodes a result of this function that fills {@code input} from its position to its limit,
   * heap or direct, little-endian whatever the buffer's order. On success the buffer's position
   * moves to its limit; on failure it is left where it was.
   *
   * @param input the encoded result
   * @return the result
   * @throws TlDecodeException if the bytes are not a valid result or bytes are left over; its
   *     offset is an index into the buffer
   */
  default R decodeResult(java.nio.ByteBuffer input) {
    TlReader r = new TlReader(input);
    R v = decodeResult(r);
    r.expectEnd();
    input.position(input.limit());
    return v;
  }

  /**
   * Decodes this function's result from an object already decoded without knowing its type, such
   * as the {@code result} of an {@code rpc_result}: a {@link TlRawObject} (a vector) or any object.
   *
   * @param result the object that answers this call
   * @return the typed result
   * @throws TlDecodeException if the object is not a valid result of this function
   */
  default R decodeResult(TlObject result) {
    return decodeResult(result.toBytes());
  }
}
