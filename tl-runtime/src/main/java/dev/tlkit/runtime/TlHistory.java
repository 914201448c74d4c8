package dev.tlkit.runtime;

import java.util.List;

/**
 * What earlier layers of a generated schema wrote under ids the schema no longer has: for each
 * such id, the class its bytes decode into (today's record, where the old constructor upgrades
 * into it, or a record of the old shape) and the decoder of its body. Each generated schema with
 * history has one ({@code OlderLayers.HISTORY}).
 *
 * <p>A {@link TlReader} uses it only when asked ({@link TlReader#readOlderLayers(TlHistory)}):
 * by default an old id is an error, as it is for a client that talks to a server, which must never
 * take an old object for a new one.
 */
public interface TlHistory {

  /**
   * The earlier layers whose schemas this history was generated from, oldest first.
   *
   * @return the layers
   */
  List<Integer> layers();

  /**
   * The class bytes of an earlier layer's constructor or function decode into.
   *
   * @param id the id read
   * @return the class, or null if no earlier layer has that id (or today's schema does)
   */
  Class<?> classOf(int id);

  /**
   * Decodes the body (what follows the id) of an earlier layer's constructor or function, one
   * {@link #classOf(int)} knows.
   *
   * @param id the id read
   * @param reader the reader, positioned after the id
   * @return the value, an instance of {@code classOf(id)}
   * @throws TlDecodeException if the body is malformed, as for today's ids
   */
  Object decodeBare(int id, TlReader reader);
}
