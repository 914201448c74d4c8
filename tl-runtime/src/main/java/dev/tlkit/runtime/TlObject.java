package dev.tlkit.runtime;

/**
 * A TL object: every generated constructor and function record implements it.
 *
 * <p>Why no size pass: generated code implements {@link #writeBare(TlWriter)} and {@link
 * #serialize(TlWriter)} (its own, so that the id and the body are written by the record's code,
 * not through this interface's default, shared by every class), and {@link #toBytes()} writes once
 * into this thread's growing {@link TlWriter} and copies the bytes out. Knowing the exact size
 * first took a walk of the whole object before the walk that writes it, through calls that see
 * hundreds of classes; the copy of the result costs less.
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
   * Writes the body, without the constructor id.
   *
   * @param w the writer
   */
  void writeBare(TlWriter w);

  /**
   * Returns the size in bytes of the boxed object: the id, then the body. It is measured by
   * writing the object into this thread's scratch writer, so it costs what {@link #toBytes()}
   * costs, less the copy: ask it to size an array of your own, not before every {@code toBytes()}.
   *
   * @return the number of bytes {@link #serialize(TlWriter)} writes
   */
  default int serializedSize() {
    return TlWriter.sizeOf(this);
  }

  /**
   * Writes the boxed object: the constructor id, then the body.
   *
   * @param w the writer; one given an array or a buffer must have {@link #serializedSize()}
   *     bytes left
   */
  default void serialize(TlWriter w) {
    w.writeInt(constructorId());
    writeBare(w);
  }

  /**
   * Writes the boxed object into {@code out} at its position, heap or direct, little-endian
   * whatever the buffer's order, and moves the position past it. The bytes are written into this
   * thread's scratch writer first and put in one bulk copy, so that a buffer too small is left as
   * it was.
   *
   * @param out the buffer, with at least {@link #serializedSize()} bytes remaining
   * @throws java.nio.BufferOverflowException if fewer bytes remain; nothing is written then
   * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
   */
  default void serialize(java.nio.ByteBuffer out) {
    TlWriter.serialize(this, out);
  }

  /**
   * Serializes the boxed object into a new array of exactly its size.
   *
   * @return the bytes
   */
  default byte[] toBytes() {
    return TlWriter.toBytes(this);
  }
}
