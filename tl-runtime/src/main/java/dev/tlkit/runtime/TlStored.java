package dev.tlkit.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * Objects stored with the layer that wrote them, so that a later API reads them back though their
 * constructors' ids have changed: the layer as a TL {@code int}, then the boxed object. A
 * {@code user} stored at layer 198 begins {@code c6 00 00 00} (198), then its id.
 *
 * <pre>{@code
 * byte[] stored = OlderLayers.store(user);          // today's layer, then the user
 * TlObject back = OlderLayers.readStored(stored);   // by a later build of the API, too
 * }</pre>
 *
 * <p>Reading takes the layer first: today's layer or an earlier one is read with the schema's
 * history, so that ids of earlier layers decode (an object of today's layer may hold an old shape
 * it was read with); a later one is an error, as only a newer build of the API can read it. The generated {@code OlderLayers} calls these with its schema.
 */
public final class TlStored {
  private TlStored() {}

  /**
   * The bytes of {@code value} stored with {@code layer}.
   *
   * @param layer the layer of the schema that {@code value} belongs to
   * @param value the object
   * @return the layer as an {@code int}, then the boxed object
   */
  public static byte[] write(int layer, TlObject value) {
    Objects.requireNonNull(value, "value");
    TlWriter w = new TlWriter();
    w.writeInt(layer);
    value.serialize(w);
    return w.toByteArray();
  }

  /**
   * Reads what {@link #write(int, TlObject)} wrote.
   *
   * @param stored the stored bytes
   * @param layer the layer of the schema reading
   * @param history the schema's earlier layers, for objects stored by one of them
   * @param decodeObject the schema's decoder of any boxed object ({@code Tl::decodeObject})
   * @return the object
   * @throws TlDecodeException if the bytes are not a layer and exactly one object, or were stored
   *     by a later layer than {@code layer}
   */
  public static TlObject read(byte[] stored, int layer, TlHistory history,
      Function<TlReader, ? extends TlObject> decodeObject) {
    TlReader reader = new TlReader(stored);
    int written = reader.readInt();
    if (written > layer) {
      throw new TlDecodeException("stored by layer " + written + ", later than this API's " + layer
          + ": only a build of layer " + written + " or later reads it", 0);
    }
    reader.readOlderLayers(history);
    TlObject value = decodeObject.apply(reader);
    reader.expectEnd();
    return value;
  }

  /**
   * The layer that stored {@code stored}.
   *
   * @param stored bytes written by {@link #write(int, TlObject)}
   * @return the layer
   * @throws TlDecodeException if there are fewer than 4 bytes
   */
  public static int layerOf(byte[] stored) {
    return new TlReader(stored).readInt();
  }
}
