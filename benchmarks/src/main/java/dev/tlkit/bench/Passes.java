package dev.tlkit.bench;

import dev.tlkit.bench.l223.Tl;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * The passes over a workload's messages that {@link Throughput} times, by name, made once the
 * messages are decoded and each checked to encode back to its bytes:
 *
 * <ul>
 *   <li>{@code decode}: {@code Tl.decode(bytes)} of each message;
 *   <li>{@code decode-shared}: the same in the reader's sharing mode;
 *   <li>{@code encode}: {@code toBytes()} of each object;
 *   <li>{@code into-buffer}: each object written into one reused array, {@code
 *       serialize(new TlWriter(array))}, without {@code toBytes()}'s copy.
 * </ul>
 *
 * <p>{@link SideBySide} loads this class from each jar it compares, so that each pass runs that
 * build's code; that is why it is reached there as a {@code BiFunction}, whose types are the JDK's,
 * the same class in every loader.
 */
public final class Passes implements BiFunction<List<byte[]>, String, LongSupplier> {
  private List<byte[]> loaded;
  private byte[][] wire;
  private TlObject[] objects;
  private byte[] buffer;

  /** Made by {@link SideBySide} through its class loader, and by {@link Throughput}. */
  public Passes() {}

  /**
   * Returns the pass named {@code pass} over {@code messages}, decoding them first unless they are
   * the list of the last call.
   *
   * @throws IllegalStateException if a message does not encode back to its bytes
   * @throws IllegalArgumentException if there is no such pass
   */
  @Override
  public LongSupplier apply(List<byte[]> messages, String pass) {
    if (messages != loaded) {
      load(messages);
    }
    byte[][] wire = this.wire;
    TlObject[] objects = this.objects;
    byte[] buffer = this.buffer;
    return switch (pass) {
      case "decode" -> () -> {
        long sum = 0;
        for (byte[] b : wire) {
          sum += Tl.decode(b).constructorId();
        }
        return sum;
      };
      case "decode-shared" -> () -> {
        long sum = 0;
        for (byte[] b : wire) {
          TlReader r = new TlReader(b).shareInput(true);
          sum += Tl.decodeObject(r).constructorId();
          r.expectEnd();
        }
        return sum;
      };
      case "encode" -> () -> {
        long sum = 0;
        for (TlObject o : objects) {
          sum += o.toBytes().length;
        }
        return sum;
      };
      case "into-buffer" -> () -> {
        long sum = 0;
        for (TlObject o : objects) {
          TlWriter w = new TlWriter(buffer);
          o.serialize(w);
          sum += w.position();
        }
        return sum;
      };
      default -> throw new IllegalArgumentException(
          "unknown pass " + pass + ": decode, decode-shared, encode or into-buffer");
    };
  }

  private void load(List<byte[]> messages) {
    wire = messages.toArray(byte[][]::new);
    objects = new TlObject[wire.length];
    int longest = 0;
    for (int i = 0; i < wire.length; i++) {
      objects[i] = Tl.decode(wire[i]);
      if (!Arrays.equals(objects[i].toBytes(), wire[i])) {
        throw new IllegalStateException("message " + i + " (" + objects[i].tlName()
            + ") does not encode back to its bytes");
      }
      longest = Math.max(longest, wire[i].length);
    }
    buffer = new byte[longest];
    loaded = messages;
  }
}
