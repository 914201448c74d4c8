package dev.tlkit.runtime;

/**
 * A TL object: every generated constructor and function record implements it.
 *
 * <p>Why sizes first: {@link #toBytes()} asks {@link #serializedSize()} and then writes into an
 * array of exactly that size, so serializing allocates once and never copies. Generated code
 * implements {@link #bareSize()} and {@link #writeBare(TlWriter)}; the rest follows here.
 *
 * <p>{@link #visitFields(TlFieldVisitor)} lets tools ({@link TlJson}, {@link TlTree}) walk any
 * object without reflection.
 */
public interface TlObject extends TlRecord {
  /**
   * Returns the constructor id written before the body when the object is boxed.
   *
   * @return the id, for example {@code 0x42ff96ed} for {@code phone.requestCall} at layer 228
   */
  int constructorId();

  /**
   * Returns the size in bytes of the body, without the constructor id.
   *
   * @return the exact number of bytes {@link #writeBare(TlWriter)} writes
   */
  int bareSize();

  /**
   * Writes the body, without the constructor id.
   *
   * @param w the writer, with at least {@link #bareSize()} bytes left
   */
  void writeBare(TlWriter w);

  /**
   * Returns the size in bytes of the boxed object: the id, then the body.
   *
   * @return {@code 4 + bareSize()}
   */
  default int serializedSize() {
    return 4 + bareSize();
  }

  /**
   * Writes the boxed object: the constructor id, then the body.
   *
   * @param w the writer, with at least {@link #serializedSize()} bytes left
   */
  default void serialize(TlWriter w) {
    w.writeInt(constructorId());
    writeBare(w);
  }

  /**
   * Serializes the boxed object into a new array of exactly {@link #serializedSize()} bytes.
   *
   * @return the bytes
   * @throws IllegalStateException if what was written does not match the size computed first (a
   *     bug in the implementation)
   */
  default byte[] toBytes() {
    byte[] out = new byte[serializedSize()];
    TlWriter w = new TlWriter(out);
    serialize(w);
    if (w.position() != out.length) {
      throw new IllegalStateException(tlName() + ": serializedSize() is " + out.length
          + " but serialize() wrote " + w.position() + " bytes");
    }
    return out;
  }
}
